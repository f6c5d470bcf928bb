package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NioBufferCacheTest {

    private String given;

    @BeforeEach
    void rememberTheJvmsSetting() {
        given = System.getProperty(NioBufferCache.PROPERTY);
    }

    @AfterEach
    void restoreIt() {
        if (given == null) {
            System.clearProperty(NioBufferCache.PROPERTY);
        } else {
            System.setProperty(NioBufferCache.PROPERTY, given);
        }
    }

    @Test
    void capsTheCachedBuffersAtAQuarterMegabyte() {
        System.clearProperty(NioBufferCache.PROPERTY);

        NioBufferCache.cap();

        assertThat(System.getProperty(NioBufferCache.PROPERTY)).isEqualTo("262144");
    }

    @Test
    void keepsAnOperatorsOwnSetting() {
        System.setProperty(NioBufferCache.PROPERTY, "1048576");

        NioBufferCache.cap();

        assertThat(System.getProperty(NioBufferCache.PROPERTY)).isEqualTo("1048576");
    }
}
