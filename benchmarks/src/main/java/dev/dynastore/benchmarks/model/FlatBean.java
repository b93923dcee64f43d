package dev.dynastore.benchmarks.model;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** Flat as an Enhanced Client bean, for BeanTableSchema and StaticTableSchema. */
@DynamoDbBean
public class FlatBean {
  private String id;
  private String s01, s02, s03, s04, s05, s06, s07, s08, s09, s10;
  private String s11, s12, s13, s14, s15, s16, s17, s18, s19, s20;
  private String s21, s22, s23, s24, s25, s26, s27, s28, s29, s30;
  private String s31, s32, s33, s34, s35, s36, s37, s38, s39, s40;
  private String s41, s42, s43, s44, s45, s46, s47, s48, s49, s50;
  private String s51, s52, s53, s54, s55, s56, s57, s58, s59;

  @DynamoDbPartitionKey
  public String getId() { return id; }
  public void setId(String id) { this.id = id; }
  public String getS01() { return s01; }
  public void setS01(String s01) { this.s01 = s01; }
  public String getS02() { return s02; }
  public void setS02(String s02) { this.s02 = s02; }
  public String getS03() { return s03; }
  public void setS03(String s03) { this.s03 = s03; }
  public String getS04() { return s04; }
  public void setS04(String s04) { this.s04 = s04; }
  public String getS05() { return s05; }
  public void setS05(String s05) { this.s05 = s05; }
  public String getS06() { return s06; }
  public void setS06(String s06) { this.s06 = s06; }
  public String getS07() { return s07; }
  public void setS07(String s07) { this.s07 = s07; }
  public String getS08() { return s08; }
  public void setS08(String s08) { this.s08 = s08; }
  public String getS09() { return s09; }
  public void setS09(String s09) { this.s09 = s09; }
  public String getS10() { return s10; }
  public void setS10(String s10) { this.s10 = s10; }
  public String getS11() { return s11; }
  public void setS11(String s11) { this.s11 = s11; }
  public String getS12() { return s12; }
  public void setS12(String s12) { this.s12 = s12; }
  public String getS13() { return s13; }
  public void setS13(String s13) { this.s13 = s13; }
  public String getS14() { return s14; }
  public void setS14(String s14) { this.s14 = s14; }
  public String getS15() { return s15; }
  public void setS15(String s15) { this.s15 = s15; }
  public String getS16() { return s16; }
  public void setS16(String s16) { this.s16 = s16; }
  public String getS17() { return s17; }
  public void setS17(String s17) { this.s17 = s17; }
  public String getS18() { return s18; }
  public void setS18(String s18) { this.s18 = s18; }
  public String getS19() { return s19; }
  public void setS19(String s19) { this.s19 = s19; }
  public String getS20() { return s20; }
  public void setS20(String s20) { this.s20 = s20; }
  public String getS21() { return s21; }
  public void setS21(String s21) { this.s21 = s21; }
  public String getS22() { return s22; }
  public void setS22(String s22) { this.s22 = s22; }
  public String getS23() { return s23; }
  public void setS23(String s23) { this.s23 = s23; }
  public String getS24() { return s24; }
  public void setS24(String s24) { this.s24 = s24; }
  public String getS25() { return s25; }
  public void setS25(String s25) { this.s25 = s25; }
  public String getS26() { return s26; }
  public void setS26(String s26) { this.s26 = s26; }
  public String getS27() { return s27; }
  public void setS27(String s27) { this.s27 = s27; }
  public String getS28() { return s28; }
  public void setS28(String s28) { this.s28 = s28; }
  public String getS29() { return s29; }
  public void setS29(String s29) { this.s29 = s29; }
  public String getS30() { return s30; }
  public void setS30(String s30) { this.s30 = s30; }
  public String getS31() { return s31; }
  public void setS31(String s31) { this.s31 = s31; }
  public String getS32() { return s32; }
  public void setS32(String s32) { this.s32 = s32; }
  public String getS33() { return s33; }
  public void setS33(String s33) { this.s33 = s33; }
  public String getS34() { return s34; }
  public void setS34(String s34) { this.s34 = s34; }
  public String getS35() { return s35; }
  public void setS35(String s35) { this.s35 = s35; }
  public String getS36() { return s36; }
  public void setS36(String s36) { this.s36 = s36; }
  public String getS37() { return s37; }
  public void setS37(String s37) { this.s37 = s37; }
  public String getS38() { return s38; }
  public void setS38(String s38) { this.s38 = s38; }
  public String getS39() { return s39; }
  public void setS39(String s39) { this.s39 = s39; }
  public String getS40() { return s40; }
  public void setS40(String s40) { this.s40 = s40; }
  public String getS41() { return s41; }
  public void setS41(String s41) { this.s41 = s41; }
  public String getS42() { return s42; }
  public void setS42(String s42) { this.s42 = s42; }
  public String getS43() { return s43; }
  public void setS43(String s43) { this.s43 = s43; }
  public String getS44() { return s44; }
  public void setS44(String s44) { this.s44 = s44; }
  public String getS45() { return s45; }
  public void setS45(String s45) { this.s45 = s45; }
  public String getS46() { return s46; }
  public void setS46(String s46) { this.s46 = s46; }
  public String getS47() { return s47; }
  public void setS47(String s47) { this.s47 = s47; }
  public String getS48() { return s48; }
  public void setS48(String s48) { this.s48 = s48; }
  public String getS49() { return s49; }
  public void setS49(String s49) { this.s49 = s49; }
  public String getS50() { return s50; }
  public void setS50(String s50) { this.s50 = s50; }
  public String getS51() { return s51; }
  public void setS51(String s51) { this.s51 = s51; }
  public String getS52() { return s52; }
  public void setS52(String s52) { this.s52 = s52; }
  public String getS53() { return s53; }
  public void setS53(String s53) { this.s53 = s53; }
  public String getS54() { return s54; }
  public void setS54(String s54) { this.s54 = s54; }
  public String getS55() { return s55; }
  public void setS55(String s55) { this.s55 = s55; }
  public String getS56() { return s56; }
  public void setS56(String s56) { this.s56 = s56; }
  public String getS57() { return s57; }
  public void setS57(String s57) { this.s57 = s57; }
  public String getS58() { return s58; }
  public void setS58(String s58) { this.s58 = s58; }
  public String getS59() { return s59; }
  public void setS59(String s59) { this.s59 = s59; }
}
