package dev.dynastore.benchmarks.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** Flat's hand-built StaticTableSchema: no reflection, lambdas per attribute. */
public final class FlatStatic {
  public static final TableSchema<FlatBean> SCHEMA = StaticTableSchema.builder(FlatBean.class)
      .newItemSupplier(FlatBean::new)
      .addAttribute(String.class, a -> a.name("id").getter(FlatBean::getId).setter(FlatBean::setId).tags(StaticAttributeTags.primaryPartitionKey()))
      .addAttribute(String.class, a -> a.name("s01").getter(FlatBean::getS01).setter(FlatBean::setS01))
      .addAttribute(String.class, a -> a.name("s02").getter(FlatBean::getS02).setter(FlatBean::setS02))
      .addAttribute(String.class, a -> a.name("s03").getter(FlatBean::getS03).setter(FlatBean::setS03))
      .addAttribute(String.class, a -> a.name("s04").getter(FlatBean::getS04).setter(FlatBean::setS04))
      .addAttribute(String.class, a -> a.name("s05").getter(FlatBean::getS05).setter(FlatBean::setS05))
      .addAttribute(String.class, a -> a.name("s06").getter(FlatBean::getS06).setter(FlatBean::setS06))
      .addAttribute(String.class, a -> a.name("s07").getter(FlatBean::getS07).setter(FlatBean::setS07))
      .addAttribute(String.class, a -> a.name("s08").getter(FlatBean::getS08).setter(FlatBean::setS08))
      .addAttribute(String.class, a -> a.name("s09").getter(FlatBean::getS09).setter(FlatBean::setS09))
      .addAttribute(String.class, a -> a.name("s10").getter(FlatBean::getS10).setter(FlatBean::setS10))
      .addAttribute(String.class, a -> a.name("s11").getter(FlatBean::getS11).setter(FlatBean::setS11))
      .addAttribute(String.class, a -> a.name("s12").getter(FlatBean::getS12).setter(FlatBean::setS12))
      .addAttribute(String.class, a -> a.name("s13").getter(FlatBean::getS13).setter(FlatBean::setS13))
      .addAttribute(String.class, a -> a.name("s14").getter(FlatBean::getS14).setter(FlatBean::setS14))
      .addAttribute(String.class, a -> a.name("s15").getter(FlatBean::getS15).setter(FlatBean::setS15))
      .addAttribute(String.class, a -> a.name("s16").getter(FlatBean::getS16).setter(FlatBean::setS16))
      .addAttribute(String.class, a -> a.name("s17").getter(FlatBean::getS17).setter(FlatBean::setS17))
      .addAttribute(String.class, a -> a.name("s18").getter(FlatBean::getS18).setter(FlatBean::setS18))
      .addAttribute(String.class, a -> a.name("s19").getter(FlatBean::getS19).setter(FlatBean::setS19))
      .addAttribute(String.class, a -> a.name("s20").getter(FlatBean::getS20).setter(FlatBean::setS20))
      .addAttribute(String.class, a -> a.name("s21").getter(FlatBean::getS21).setter(FlatBean::setS21))
      .addAttribute(String.class, a -> a.name("s22").getter(FlatBean::getS22).setter(FlatBean::setS22))
      .addAttribute(String.class, a -> a.name("s23").getter(FlatBean::getS23).setter(FlatBean::setS23))
      .addAttribute(String.class, a -> a.name("s24").getter(FlatBean::getS24).setter(FlatBean::setS24))
      .addAttribute(String.class, a -> a.name("s25").getter(FlatBean::getS25).setter(FlatBean::setS25))
      .addAttribute(String.class, a -> a.name("s26").getter(FlatBean::getS26).setter(FlatBean::setS26))
      .addAttribute(String.class, a -> a.name("s27").getter(FlatBean::getS27).setter(FlatBean::setS27))
      .addAttribute(String.class, a -> a.name("s28").getter(FlatBean::getS28).setter(FlatBean::setS28))
      .addAttribute(String.class, a -> a.name("s29").getter(FlatBean::getS29).setter(FlatBean::setS29))
      .addAttribute(String.class, a -> a.name("s30").getter(FlatBean::getS30).setter(FlatBean::setS30))
      .addAttribute(String.class, a -> a.name("s31").getter(FlatBean::getS31).setter(FlatBean::setS31))
      .addAttribute(String.class, a -> a.name("s32").getter(FlatBean::getS32).setter(FlatBean::setS32))
      .addAttribute(String.class, a -> a.name("s33").getter(FlatBean::getS33).setter(FlatBean::setS33))
      .addAttribute(String.class, a -> a.name("s34").getter(FlatBean::getS34).setter(FlatBean::setS34))
      .addAttribute(String.class, a -> a.name("s35").getter(FlatBean::getS35).setter(FlatBean::setS35))
      .addAttribute(String.class, a -> a.name("s36").getter(FlatBean::getS36).setter(FlatBean::setS36))
      .addAttribute(String.class, a -> a.name("s37").getter(FlatBean::getS37).setter(FlatBean::setS37))
      .addAttribute(String.class, a -> a.name("s38").getter(FlatBean::getS38).setter(FlatBean::setS38))
      .addAttribute(String.class, a -> a.name("s39").getter(FlatBean::getS39).setter(FlatBean::setS39))
      .addAttribute(String.class, a -> a.name("s40").getter(FlatBean::getS40).setter(FlatBean::setS40))
      .addAttribute(String.class, a -> a.name("s41").getter(FlatBean::getS41).setter(FlatBean::setS41))
      .addAttribute(String.class, a -> a.name("s42").getter(FlatBean::getS42).setter(FlatBean::setS42))
      .addAttribute(String.class, a -> a.name("s43").getter(FlatBean::getS43).setter(FlatBean::setS43))
      .addAttribute(String.class, a -> a.name("s44").getter(FlatBean::getS44).setter(FlatBean::setS44))
      .addAttribute(String.class, a -> a.name("s45").getter(FlatBean::getS45).setter(FlatBean::setS45))
      .addAttribute(String.class, a -> a.name("s46").getter(FlatBean::getS46).setter(FlatBean::setS46))
      .addAttribute(String.class, a -> a.name("s47").getter(FlatBean::getS47).setter(FlatBean::setS47))
      .addAttribute(String.class, a -> a.name("s48").getter(FlatBean::getS48).setter(FlatBean::setS48))
      .addAttribute(String.class, a -> a.name("s49").getter(FlatBean::getS49).setter(FlatBean::setS49))
      .addAttribute(String.class, a -> a.name("s50").getter(FlatBean::getS50).setter(FlatBean::setS50))
      .addAttribute(String.class, a -> a.name("s51").getter(FlatBean::getS51).setter(FlatBean::setS51))
      .addAttribute(String.class, a -> a.name("s52").getter(FlatBean::getS52).setter(FlatBean::setS52))
      .addAttribute(String.class, a -> a.name("s53").getter(FlatBean::getS53).setter(FlatBean::setS53))
      .addAttribute(String.class, a -> a.name("s54").getter(FlatBean::getS54).setter(FlatBean::setS54))
      .addAttribute(String.class, a -> a.name("s55").getter(FlatBean::getS55).setter(FlatBean::setS55))
      .addAttribute(String.class, a -> a.name("s56").getter(FlatBean::getS56).setter(FlatBean::setS56))
      .addAttribute(String.class, a -> a.name("s57").getter(FlatBean::getS57).setter(FlatBean::setS57))
      .addAttribute(String.class, a -> a.name("s58").getter(FlatBean::getS58).setter(FlatBean::setS58))
      .addAttribute(String.class, a -> a.name("s59").getter(FlatBean::getS59).setter(FlatBean::setS59))
      .build();

  private FlatStatic() {}
}
