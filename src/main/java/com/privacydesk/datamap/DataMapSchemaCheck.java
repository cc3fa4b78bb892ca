package com.privacydesk.datamap;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Checks at start-up, through JDBC metadata, that every table and column the data map names exists in the
 * database's current schema: a typo in the record of processing stops the application instead of silently
 * leaving data out of an access answer or an erasure.
 */
public final class DataMapSchemaCheck {

    private DataMapSchemaCheck() {
    }

    public static void verify(DataMap map, DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            boolean upper = meta.storesUpperCaseIdentifiers();
            String schema = connection.getSchema();
            List<String> faults = new ArrayList<>();
            for (PersonalDataTable t : map.tables()) {
                Set<String> columns = columns(meta, connection.getCatalog(), schema, upper ? t.table().toUpperCase(Locale.ROOT) : t.table());
                String where = (t.activity() == null ? "" : "activity " + t.activity() + ", ") + "storage " + t.source();
                if (columns.isEmpty()) {
                    faults.add(where + ": table " + t.table() + " does not exist in schema " + schema);
                    continue;
                }
                for (String column : t.namedColumns()) {
                    if (!columns.contains(column)) {
                        faults.add(where + ": column " + t.table() + "." + column + " does not exist");
                    }
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidDataMapException("Record of processing does not match the database: "
                        + String.join("; ", faults));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database metadata to check the data map", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Set<String> columns(DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
