package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.echoer.plugin.autoconfigure.EchoerProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AllowedActionHostsWarningTest {

    private static final String WARNING = "No allowed action hosts are configured";

    private static void startWith(List<String> allowedHosts) {
        EchoerProperties properties = new EchoerProperties();
        properties.getSecurity().setAllowedActionHosts(allowedHosts);
        new AllowedActionHostsWarning(properties).afterPropertiesSet();
    }

    @Test
    void warnsWithoutAllowedHostsOrWithOnlyBlankOnes(CapturedOutput output) {
        startWith(List.of());
        startWith(List.of(" "));

        assertThat(output.getAll().lines().filter(line -> line.contains(WARNING))).hasSize(2);
    }

    @Test
    void saysNothingWhenHostsAreListed(CapturedOutput output) {
        startWith(List.of("ci.internal", "10.20.0.0/16"));

        assertThat(output.getAll()).doesNotContain(WARNING);
    }
}
