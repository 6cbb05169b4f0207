package dev.newsflow.extract.region;

/** Level of an administrative division in GB/T 2260. */
public enum DivisionLevel { PROVINCE, CITY, COUNTY }
