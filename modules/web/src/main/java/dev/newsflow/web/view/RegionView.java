package dev.newsflow.web.view;

import dev.newsflow.contracts.Region;

/** An administrative division as the API sends it. */
public record RegionView(String name, String province, String city, String county, String adcode) {

    public static RegionView of(Region region) {
        return new RegionView(region.getName(), region.getProvince(), region.getCity(), region.getCounty(),
                region.getAdcode());
    }
}
