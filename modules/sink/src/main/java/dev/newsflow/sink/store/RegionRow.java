package dev.newsflow.sink.store;

import dev.newsflow.contracts.Region;

/** A row of {@code regions}. */
record RegionRow(String adcode, String name, String province, String city, String county, String provinceCode) {

    static RegionRow of(Region region) {
        return new RegionRow(region.getAdcode(), region.getName(), region.getProvince(), region.getCity(),
                region.getCounty(), Regions.provinceCode(region.getAdcode()));
    }
}
