package com.privacydesk.packages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the download log keeps of a client address, and the shape of what is stored for a token. */
class PackageLinksTest {

    @Test
    void clientAddressIsCutToItsNetwork() {
        assertThat(PackageLinks.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(PackageLinks.network("2001:db8:abcd:12:34:56:78:9a")).isEqualTo("2001:db8:abcd::/48");
        assertThat(PackageLinks.network("[2001:db8:abcd:12::1]")).isEqualTo("2001:db8:abcd::/48");
        assertThat(PackageLinks.network("::ffff:198.51.100.9")).isEqualTo("198.51.100.0/24");
    }

    @Test
    void anythingButAnAddressLiteralIsDropped_neverResolved() {
        assertThat(PackageLinks.network(null)).isNull();
        assertThat(PackageLinks.network("attacker.example")).isNull();
        assertThat(PackageLinks.network("1.2.3")).isNull();
        assertThat(PackageLinks.network("999.1.1.1")).isNull();
    }

    @Test
    void theStoredHashIsSha256OfTheToken_notTheToken() {
        String token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertThat(PackageLinks.hash(token)).hasSize(64).isNotEqualTo(token).doesNotContain(token)
                .isEqualTo(PackageStore.sha256(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
