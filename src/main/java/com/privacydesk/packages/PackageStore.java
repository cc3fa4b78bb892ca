package com.privacydesk.packages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The subject_package table: one row per case, answer round and kind; a new version replaces the old one. */
@Repository
public class PackageStore {

    private final NamedParameterJdbcTemplate jdbc;

    public PackageStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the package; callers run it inside their transaction, so a failure keeps the previous version. */
    void save(String caseNumber, int round, PackageKind kind, byte[] content, Instant at) {
        MapSqlParameterSource p = new MapSqlParameterSource("caseNumber", caseNumber).addValue("round", round)
                .addValue("kind", kind.name());
        jdbc.update("DELETE FROM subject_package WHERE case_number = :caseNumber AND answer_round = :round AND kind = :kind", p);
        jdbc.update("INSERT INTO subject_package (case_number, answer_round, kind, media_type, file_name, content, sha256,"
                + " created_at) VALUES (:caseNumber, :round, :kind, :mediaType, :fileName, :content, :sha256, :at)",
                p.addValue("mediaType", kind.mediaType()).addValue("fileName", kind.fileName(caseNumber))
                        .addValue("content", content).addValue("sha256", sha256(content))
                        .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    public Optional<StoredPackage> find(String caseNumber, int round, PackageKind kind) {
        return jdbc.query("SELECT case_number, answer_round, kind, media_type, file_name, content, sha256, created_at"
                        + " FROM subject_package WHERE case_number = :caseNumber AND answer_round = :round AND kind = :kind",
                new MapSqlParameterSource("caseNumber", caseNumber).addValue("round", round).addValue("kind", kind.name()),
                (rs, i) -> new StoredPackage(rs.getString(1), rs.getInt(2), PackageKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant())).stream().findFirst();
    }

    public List<PackageKind> kinds(String caseNumber, int round) {
        return jdbc.queryForList("SELECT kind FROM subject_package WHERE case_number = :caseNumber AND answer_round = :round"
                        + " ORDER BY kind", new MapSqlParameterSource("caseNumber", caseNumber).addValue("round", round),
                String.class).stream().map(PackageKind::valueOf).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
