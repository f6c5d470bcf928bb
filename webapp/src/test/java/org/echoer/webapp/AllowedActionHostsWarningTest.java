package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.echoer.plugin.autoconfigure.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AllowedActionHostsWarningTest {

    private static final String WARNING = "No allowed action hosts are configured";

    private static void startWith(List<String> allowedHosts) {
        var settings = new MapConfigurationPropertySource();
        for (int i = 0; i < allowedHosts.size(); i++) {
            settings.put("echoer.security.allowed-action-hosts[" + i + "]", allowedHosts.get(i));
        }
        SecurityProperties security = new Binder(settings).bindOrCreate("echoer.security", SecurityProperties.class);
        new AllowedActionHostsWarning(security).afterPropertiesSet();
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
