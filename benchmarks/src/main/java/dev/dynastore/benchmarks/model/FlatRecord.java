package dev.dynastore.benchmarks.model;

import dev.dynastore.annotations.Key;
import dev.dynastore.annotations.Partition;

/** Flat as a Dynastore record: its schema is generated. */
@Partition("flat")
public record FlatRecord(
    @Key String id, String s01, String s02, String s03, String s04, String s05, String s06, String s07,
    String s08, String s09, String s10, String s11, String s12, String s13, String s14, String s15,
    String s16, String s17, String s18, String s19, String s20, String s21, String s22, String s23,
    String s24, String s25, String s26, String s27, String s28, String s29, String s30, String s31,
    String s32, String s33, String s34, String s35, String s36, String s37, String s38, String s39,
    String s40, String s41, String s42, String s43, String s44, String s45, String s46, String s47,
    String s48, String s49, String s50, String s51, String s52, String s53, String s54, String s55,
    String s56, String s57, String s58, String s59) {}
