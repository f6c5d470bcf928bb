package org.echoer.webapp.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    @Test
    void aLaterMinorOrMajorIsNewerAPatchIsNot() {
        SchemaVersion engine = SchemaVersion.parse("7.24.0");

        assertThat(SchemaVersion.parse("7.25.0-alpha1").isNewerThan(engine)).isTrue();
        assertThat(SchemaVersion.parse("8.0.0").isNewerThan(engine)).isTrue();
        assertThat(SchemaVersion.parse("7.24.3").isNewerThan(engine)).isFalse();
        assertThat(SchemaVersion.parse("7.9.0").isNewerThan(engine)).isFalse();
    }

    @Test
    void aTextWithoutVersionIsNone() {
        assertThat(SchemaVersion.parse("fox")).isNull();
        assertThat(SchemaVersion.parse(null)).isNull();
    }

    @Test
    void databaseUrlsAreShownWithoutTheirPassword() {
        assertThat(DatabaseSettings.withoutPassword("jdbc:h2:file:./data/echoer;PASSWORD=s3cret;WRITE_DELAY=0"))
                .isEqualTo("jdbc:h2:file:./data/echoer;PASSWORD=****;WRITE_DELAY=0");
        assertThat(DatabaseSettings.withoutPassword("jdbc:postgresql://db:5432/echoer?user=e&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/echoer?user=e&password=****&ssl=true");
    }
}
