package dev.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** Upserts the regions articles and events name; the latest names for a code win. */
final class RegionWriter {

    static final String UPSERT = "INSERT INTO regions (adcode, name, province, city, county, province_code) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (adcode) DO UPDATE SET name = excluded.name, "
            + "province = excluded.province, city = excluded.city, county = excluded.county, "
            + "province_code = excluded.province_code";

    /** Writes regions in the given order; callers sort them so concurrent sinks lock rows in one order. */
    void upsert(Connection connection, Collection<RegionRow> regions) throws SQLException {
        if (regions.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (RegionRow region : regions) {
                upsert.setString(1, region.adcode());
                upsert.setString(2, region.name());
                ArticleWriter.setNullableString(upsert, 3, region.province());
                ArticleWriter.setNullableString(upsert, 4, region.city());
                ArticleWriter.setNullableString(upsert, 5, region.county());
                ArticleWriter.setNullableString(upsert, 6, region.provinceCode());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
