package dev.newsflow.extract.taxonomy;

/**
 * The health-reform categories of docs/reform-taxonomy.md (contract v1). The names are the published codes:
 * add new ones, never rename or reuse one.
 */
public enum Category {
    PUBLIC_HOSPITAL_REFORM,
    MEDICAL_CONSORTIUM,
    TIERED_CARE,
    INSURANCE_PAYMENT,
    DRUG_PROCUREMENT,
    SERVICE_PRICING,
    PERSONNEL_COMPENSATION,
    TALENT,
    REGIONAL_MEDICAL_CENTER,
    DIGITAL_HEALTH,
    PRIMARY_CARE,
    PUBLIC_HEALTH,
    TCM,
    ELDERLY_CARE_INTEGRATION,
    THREE_MEDICAL_LINKAGE
}
