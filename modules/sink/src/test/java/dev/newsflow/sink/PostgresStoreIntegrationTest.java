package dev.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsflow.contracts.Article;
import dev.newsflow.sink.store.StoreItem;
import dev.newsflow.sink.store.StoreWriter;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store contract on the build machine's PostgreSQL, one fresh schema per test. */
class PostgresStoreIntegrationTest extends StoreContract {

    @Override
    TestStore newStore() {
        return TestStore.postgres();
    }

    @Test
    void textPostgresCannotHoldIsRefused() throws SQLException {
        // PostgreSQL text cannot contain NUL characters (SQLite can): a data error, not an outage
        Article withNul = TestRecords.article("a-nul", TestRecords.JIUQUAN, MAR_1, "标题", "正文\u0000正文");
        List<StoreWriter.Rejection> rejections = writer.write(List.of(new StoreItem.ArticleUpsert(withNul)));
        assertEquals(1, rejections.size());
        assertEquals("22021", rejections.get(0).reason().getSQLState());
    }
}
