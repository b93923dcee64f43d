package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Flat as an Enhanced Client immutable class, for ImmutableTableSchema. */
@DynamoDbImmutable(builder = FlatImmutable.Builder.class)
public final class FlatImmutable {
  private final String id;
  private final String s01, s02, s03, s04, s05, s06, s07, s08, s09, s10;
  private final String s11, s12, s13, s14, s15, s16, s17, s18, s19, s20;
  private final String s21, s22, s23, s24, s25, s26, s27, s28, s29, s30;
  private final String s31, s32, s33, s34, s35, s36, s37, s38, s39, s40;
  private final String s41, s42, s43, s44, s45, s46, s47, s48, s49, s50;
  private final String s51, s52, s53, s54, s55, s56, s57, s58, s59;

  private FlatImmutable(Builder b) {
    this.id = b.id; this.s01 = b.s01; this.s02 = b.s02; this.s03 = b.s03;
    this.s04 = b.s04; this.s05 = b.s05; this.s06 = b.s06; this.s07 = b.s07;
    this.s08 = b.s08; this.s09 = b.s09; this.s10 = b.s10; this.s11 = b.s11;
    this.s12 = b.s12; this.s13 = b.s13; this.s14 = b.s14; this.s15 = b.s15;
    this.s16 = b.s16; this.s17 = b.s17; this.s18 = b.s18; this.s19 = b.s19;
    this.s20 = b.s20; this.s21 = b.s21; this.s22 = b.s22; this.s23 = b.s23;
    this.s24 = b.s24; this.s25 = b.s25; this.s26 = b.s26; this.s27 = b.s27;
    this.s28 = b.s28; this.s29 = b.s29; this.s30 = b.s30; this.s31 = b.s31;
    this.s32 = b.s32; this.s33 = b.s33; this.s34 = b.s34; this.s35 = b.s35;
    this.s36 = b.s36; this.s37 = b.s37; this.s38 = b.s38; this.s39 = b.s39;
    this.s40 = b.s40; this.s41 = b.s41; this.s42 = b.s42; this.s43 = b.s43;
    this.s44 = b.s44; this.s45 = b.s45; this.s46 = b.s46; this.s47 = b.s47;
    this.s48 = b.s48; this.s49 = b.s49; this.s50 = b.s50; this.s51 = b.s51;
    this.s52 = b.s52; this.s53 = b.s53; this.s54 = b.s54; this.s55 = b.s55;
    this.s56 = b.s56; this.s57 = b.s57; this.s58 = b.s58; this.s59 = b.s59;
  }

  public static Builder builder() {
    return new Builder();
  }

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public String getS01() { return s01; }
  public String getS02() { return s02; }
  public String getS03() { return s03; }
  public String getS04() { return s04; }
  public String getS05() { return s05; }
  public String getS06() { return s06; }
  public String getS07() { return s07; }
  public String getS08() { return s08; }
  public String getS09() { return s09; }
  public String getS10() { return s10; }
  public String getS11() { return s11; }
  public String getS12() { return s12; }
  public String getS13() { return s13; }
  public String getS14() { return s14; }
  public String getS15() { return s15; }
  public String getS16() { return s16; }
  public String getS17() { return s17; }
  public String getS18() { return s18; }
  public String getS19() { return s19; }
  public String getS20() { return s20; }
  public String getS21() { return s21; }
  public String getS22() { return s22; }
  public String getS23() { return s23; }
  public String getS24() { return s24; }
  public String getS25() { return s25; }
  public String getS26() { return s26; }
  public String getS27() { return s27; }
  public String getS28() { return s28; }
  public String getS29() { return s29; }
  public String getS30() { return s30; }
  public String getS31() { return s31; }
  public String getS32() { return s32; }
  public String getS33() { return s33; }
  public String getS34() { return s34; }
  public String getS35() { return s35; }
  public String getS36() { return s36; }
  public String getS37() { return s37; }
  public String getS38() { return s38; }
  public String getS39() { return s39; }
  public String getS40() { return s40; }
  public String getS41() { return s41; }
  public String getS42() { return s42; }
  public String getS43() { return s43; }
  public String getS44() { return s44; }
  public String getS45() { return s45; }
  public String getS46() { return s46; }
  public String getS47() { return s47; }
  public String getS48() { return s48; }
  public String getS49() { return s49; }
  public String getS50() { return s50; }
  public String getS51() { return s51; }
  public String getS52() { return s52; }
  public String getS53() { return s53; }
  public String getS54() { return s54; }
  public String getS55() { return s55; }
  public String getS56() { return s56; }
  public String getS57() { return s57; }
  public String getS58() { return s58; }
  public String getS59() { return s59; }

  /** The builder the Enhanced Client fills. */
  public static final class Builder {
    private String id;
    private String s01, s02, s03, s04, s05, s06, s07, s08, s09, s10;
    private String s11, s12, s13, s14, s15, s16, s17, s18, s19, s20;
    private String s21, s22, s23, s24, s25, s26, s27, s28, s29, s30;
    private String s31, s32, s33, s34, s35, s36, s37, s38, s39, s40;
    private String s41, s42, s43, s44, s45, s46, s47, s48, s49, s50;
    private String s51, s52, s53, s54, s55, s56, s57, s58, s59;

    public Builder id(String id) { this.id = id; return this; }
    public Builder s01(String s01) { this.s01 = s01; return this; }
    public Builder s02(String s02) { this.s02 = s02; return this; }
    public Builder s03(String s03) { this.s03 = s03; return this; }
    public Builder s04(String s04) { this.s04 = s04; return this; }
    public Builder s05(String s05) { this.s05 = s05; return this; }
    public Builder s06(String s06) { this.s06 = s06; return this; }
    public Builder s07(String s07) { this.s07 = s07; return this; }
    public Builder s08(String s08) { this.s08 = s08; return this; }
    public Builder s09(String s09) { this.s09 = s09; return this; }
    public Builder s10(String s10) { this.s10 = s10; return this; }
    public Builder s11(String s11) { this.s11 = s11; return this; }
    public Builder s12(String s12) { this.s12 = s12; return this; }
    public Builder s13(String s13) { this.s13 = s13; return this; }
    public Builder s14(String s14) { this.s14 = s14; return this; }
    public Builder s15(String s15) { this.s15 = s15; return this; }
    public Builder s16(String s16) { this.s16 = s16; return this; }
    public Builder s17(String s17) { this.s17 = s17; return this; }
    public Builder s18(String s18) { this.s18 = s18; return this; }
    public Builder s19(String s19) { this.s19 = s19; return this; }
    public Builder s20(String s20) { this.s20 = s20; return this; }
    public Builder s21(String s21) { this.s21 = s21; return this; }
    public Builder s22(String s22) { this.s22 = s22; return this; }
    public Builder s23(String s23) { this.s23 = s23; return this; }
    public Builder s24(String s24) { this.s24 = s24; return this; }
    public Builder s25(String s25) { this.s25 = s25; return this; }
    public Builder s26(String s26) { this.s26 = s26; return this; }
    public Builder s27(String s27) { this.s27 = s27; return this; }
    public Builder s28(String s28) { this.s28 = s28; return this; }
    public Builder s29(String s29) { this.s29 = s29; return this; }
    public Builder s30(String s30) { this.s30 = s30; return this; }
    public Builder s31(String s31) { this.s31 = s31; return this; }
    public Builder s32(String s32) { this.s32 = s32; return this; }
    public Builder s33(String s33) { this.s33 = s33; return this; }
    public Builder s34(String s34) { this.s34 = s34; return this; }
    public Builder s35(String s35) { this.s35 = s35; return this; }
    public Builder s36(String s36) { this.s36 = s36; return this; }
    public Builder s37(String s37) { this.s37 = s37; return this; }
    public Builder s38(String s38) { this.s38 = s38; return this; }
    public Builder s39(String s39) { this.s39 = s39; return this; }
    public Builder s40(String s40) { this.s40 = s40; return this; }
    public Builder s41(String s41) { this.s41 = s41; return this; }
    public Builder s42(String s42) { this.s42 = s42; return this; }
    public Builder s43(String s43) { this.s43 = s43; return this; }
    public Builder s44(String s44) { this.s44 = s44; return this; }
    public Builder s45(String s45) { this.s45 = s45; return this; }
    public Builder s46(String s46) { this.s46 = s46; return this; }
    public Builder s47(String s47) { this.s47 = s47; return this; }
    public Builder s48(String s48) { this.s48 = s48; return this; }
    public Builder s49(String s49) { this.s49 = s49; return this; }
    public Builder s50(String s50) { this.s50 = s50; return this; }
    public Builder s51(String s51) { this.s51 = s51; return this; }
    public Builder s52(String s52) { this.s52 = s52; return this; }
    public Builder s53(String s53) { this.s53 = s53; return this; }
    public Builder s54(String s54) { this.s54 = s54; return this; }
    public Builder s55(String s55) { this.s55 = s55; return this; }
    public Builder s56(String s56) { this.s56 = s56; return this; }
    public Builder s57(String s57) { this.s57 = s57; return this; }
    public Builder s58(String s58) { this.s58 = s58; return this; }
    public Builder s59(String s59) { this.s59 = s59; return this; }

    public FlatImmutable build() {
      return new FlatImmutable(this);
    }
  }
}
