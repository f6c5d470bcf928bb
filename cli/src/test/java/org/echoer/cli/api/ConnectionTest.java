package org.echoer.cli.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionTest {

    @Test
    void acceptsServerAddressesAsUsersTypeThem() {
        assertThat(Connection.serverUri("http://host:8080/")).hasToString("http://host:8080");
        assertThat(Connection.serverUri("host:8080")).hasToString("http://host:8080");
        assertThat(Connection.serverUri("https://echoer.example.org/api")).hasToString("https://echoer.example.org/api");
    }

    @Test
    void rejectsWhatIsNotAnHttpAddress() {
        assertThatThrownBy(() -> Connection.serverUri("ftp://host")).isInstanceOf(RejectedException.class)
                .hasMessage("'ftp://host' is not a server address such as http://localhost:8080");
        assertThatThrownBy(() -> Connection.serverUri("http://")).isInstanceOf(RejectedException.class);
    }

    @Test
    void credentialsNeverShowTheirSecret() {
        assertThat(Credentials.basic("ann", "secret")).hasToString("Basic");
        assertThat(Credentials.basic("ann", "secret").authorization()).contains("Basic YW5uOnNlY3JldA==");
        assertThat(Credentials.bearer("t0k")).hasToString("Bearer");
        assertThat(Credentials.none().authorization()).isEmpty();
    }
}
