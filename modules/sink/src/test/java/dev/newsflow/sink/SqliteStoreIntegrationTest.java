package dev.newsflow.sink;

/** The store contract on the embedded SQLite file store, one fresh file per test. */
class SqliteStoreIntegrationTest extends StoreContract {

    @Override
    TestStore newStore() {
        return TestStore.sqlite();
    }
}
