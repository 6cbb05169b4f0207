package dev.newsflow.sink.query;

import dev.newsflow.sink.store.Dialect;
import dev.newsflow.sink.store.Regions;
import dev.newsflow.sink.store.SearchTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the feed's SQL from an {@link EventFilter}: one WHERE clause for the page and for its count. */
final class EventQuery {

    static final String COLUMNS = "e.event_id, e.article_id, a.title AS article_title, e.url, e.category, e.stage, "
            + "e.region_adcode, r.name AS region_name, r.province, r.city, r.county, e.event_date, e.deadline, "
            + "e.evidence_sentence, e.evidence_start, e.evidence_end, e.confidence, e.extracted_at_ms";
    static final String FROM = " FROM events e LEFT JOIN regions r ON r.adcode = e.region_adcode "
            + "LEFT JOIN articles a ON a.id = e.article_id";
    /**
     * Newest first; events without a date after all dated ones; ties broken by id so that pages never overlap.
     * Index {@code events_feed} (migration V3) has this order.
     */
    static final String ORDER = " ORDER BY e.event_date DESC NULLS LAST, e.extracted_at_ms DESC, e.event_id DESC";

    private final Dialect dialect;
    private final String where;
    private final List<Object> parameters;

    EventQuery(Dialect dialect, EventFilter filter) {
        this.dialect = dialect;
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (present(filter.category())) {
            conditions.add("e.category = ?");
            params.add(filter.category().trim());
        }
        if (present(filter.province())) {
            addProvince(filter.province().trim(), conditions, params);
        }
        if (present(filter.stage())) {
            conditions.add("e.stage = ?");
            params.add(filter.stage().trim());
        }
        if (filter.from() != null) {
            conditions.add("e.event_date >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("e.event_date <= ?");
            params.add(filter.to());
        }
        addText(filter.text(), conditions, params);
        this.where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        this.parameters = List.copyOf(params);
    }

    SqlQuery page(int offset, int limit) {
        List<Object> params = new ArrayList<>(parameters);
        params.add(limit);
        params.add(offset);
        return new SqlQuery("SELECT " + COLUMNS + FROM + where + ORDER + " LIMIT ? OFFSET ?", params);
    }

    SqlQuery count() {
        return new SqlQuery("SELECT COUNT(*)" + FROM + where, parameters);
    }

    private static void addProvince(String province, List<String> conditions, List<Object> params) {
        if (province.matches("\\d{6}")) {
            String code = Regions.provinceCode(province);
            if (code == null) {
                conditions.add("e.province_code IS NULL");
            } else {
                conditions.add("e.province_code = ?");
                params.add(code);
            }
        } else {
            conditions.add("e.province_code IN (SELECT pr.province_code FROM regions pr WHERE pr.province = ?)");
            params.add(province);
        }
    }

    private void addText(String text, List<String> conditions, List<Object> params) {
        List<String> parts = SearchTerms.queryParts(text);
        if (parts.isEmpty()) {
            return;
        }
        Set<String> terms = SearchTerms.ofQuery(parts);
        if (!terms.isEmpty()) {
            // the index narrows the candidates; the substring checks below confirm each phrase
            conditions.add("e.article_id IN (" + dialect.searchIndex().matchingArticleIdsSql() + ")");
            params.add(dialect.searchIndex().termsParameter(terms));
        }
        for (String part : parts) {
            conditions.add("(" + dialect.containsSql("lower(a.title)") + " OR " + dialect.containsSql("lower(a.text)") + ")");
            params.add(part);
            params.add(part);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
