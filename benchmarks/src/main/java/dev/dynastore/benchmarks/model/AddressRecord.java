package dev.dynastore.benchmarks.model;


/** Address as a Dynastore record: its schema is generated. */
public record AddressRecord(String street, String city, String zip, String country) {}
