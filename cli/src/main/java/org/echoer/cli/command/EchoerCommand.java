package org.echoer.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.echoer.cli.api.Connection;
import org.echoer.cli.api.Credentials;
import org.echoer.cli.api.EchoerApi;
import org.echoer.cli.api.HttpTransport;
import org.echoer.cli.api.RejectedException;
import org.echoer.cli.output.JsonText;
import org.echoer.cli.output.OutputFormat;
import org.echoer.cli.output.Palette;
import org.echoer.cli.output.ResourcePrinter;
import org.echoer.cli.terminal.SessionFactory;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code echoer}: without a subcommand, the interactive prompt on the server; the subcommands are for
 * scripts and, for {@code bpmn}, {@code svg}, {@code check}, {@code templates} and {@code fsl}, work without a server. The options
 * here apply to every subcommand too.
 */
@Command(name = "echoer", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"echoer's terminal for Echoer for Camunda.",
                "Without a command: an interactive prompt on the server (FSL statements end with a line holding only /)."},
        footer = {"", "Environment: ECHOER_SERVER, ECHOER_USER, ECHOER_PASSWORD, ECHOER_TOKEN, ECHOER_HISTORY, NO_COLOR.",
                "Exit codes: 0 ok, 1 rejected input, 2 server unreachable, refusing the login or failing,",
                "3 an unexpected failure of the terminal itself."})
public final class EchoerCommand implements Callable<Integer> {

    @Option(names = {"-s", "--server"}, paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "the echoer server (default: ECHOER_SERVER, else " + Connection.DEFAULT_SERVER + ")")
    String server;

    @Option(names = {"-u", "--user"}, paramLabel = "USER[:PASSWORD]", scope = ScopeType.INHERIT,
            description = "HTTP Basic login (default: ECHOER_USER; the password from ECHOER_PASSWORD when not given)")
    String user;

    @Option(names = "--token", paramLabel = "TOKEN", scope = ScopeType.INHERIT,
            description = "a bearer token (default: ECHOER_TOKEN)")
    String token;

    @Option(names = "--timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            description = "how long one request may take (default: 30)")
    Integer timeoutSeconds;

    @Option(names = "--output", paramLabel = "text|json", scope = ScopeType.INHERIT,
            description = "text for people (default), json for scripts")
    OutputFormat output = OutputFormat.TEXT;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "no colours even on a terminal")
    boolean noColour;

    @Option(names = "--history", paramLabel = "FILE", description = "the prompt's history file (default: ECHOER_HISTORY, else ~/.echoer_history)")
    Path history;

    private final CliEnvironment environment;
    private final ObjectMapper json;

    public EchoerCommand(CliEnvironment environment, ObjectMapper json) {
        this.environment = environment;
        this.json = json;
    }

    @Override
    public Integer call() throws IOException {
        try (Terminal terminal = environment.terminals().open()) {
            boolean colour = !noColour && environment.variable("NO_COLOR").isEmpty();
            return new SessionFactory(api(), jsonText()).open(terminal, historyFile(), colour).run();
        }
    }

    CliEnvironment environment() {
        return environment;
    }

    OutputFormat output() {
        return output;
    }

    Palette palette() {
        return new Palette(!noColour && output == OutputFormat.TEXT && environment.colour());
    }

    JsonText jsonText() {
        return new JsonText(json);
    }

    ObjectMapper json() {
        return json;
    }

    EchoerApi api() {
        return new EchoerApi(new HttpTransport(connection()), json);
    }

    ResourcePrinter resources() {
        return new ResourcePrinter(api(), environment.out(), palette(), output, jsonText());
    }

    Connection connection() {
        String address = Optional.ofNullable(server).or(() -> environment.variable("ECHOER_SERVER")).orElse(Connection.DEFAULT_SERVER);
        Duration timeout = timeoutSeconds == null ? Connection.DEFAULT_TIMEOUT : Duration.ofSeconds(timeoutSeconds);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new RejectedException("--timeout must be a positive number of seconds");
        }
        return new Connection(Connection.serverUri(address), credentials(), timeout);
    }

    private Credentials credentials() {
        Optional<String> login = Optional.ofNullable(user).or(() -> environment.variable("ECHOER_USER"));
        if (login.isPresent()) {
            String value = login.get();
            int colon = value.indexOf(':');
            return colon >= 0 ? Credentials.basic(value.substring(0, colon), value.substring(colon + 1))
                    : Credentials.basic(value, environment.variable("ECHOER_PASSWORD").orElse(""));
        }
        return Optional.ofNullable(token).or(() -> environment.variable("ECHOER_TOKEN")).map(Credentials::bearer)
                .orElse(Credentials.none());
    }

    private Path historyFile() {
        return Optional.ofNullable(history)
                .or(() -> environment.variable("ECHOER_HISTORY").map(Path::of))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".echoer_history"));
    }
}
