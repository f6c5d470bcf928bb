package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so the compose file's structure is checked here: the cluster
 * of two nodes on one PostgreSQL, each with the demo services beside it, wired to names the application
 * really reads. (ClusterIT runs the same topology as plain processes.)
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");
    private final Map<String, Object> compose = load(ROOT.resolve("docker/docker-compose.yml"));
    private final Map<String, Map<String, Object>> services = map(compose.get("services"));

    @Test
    void runsPostgresTwoNodesAndTheDemoServicesOfEach() {
        assertThat(services).containsOnlyKeys("postgres", "echoer-1", "echoer-2", "sample-actions-1", "sample-actions-2");
        assertThat(services.get("postgres").get("image").toString()).startsWith("postgres:");
        assertThat(map(services.get("postgres").get("healthcheck")).get("test").toString()).contains("pg_isready");
    }

    @Test
    void bothNodesUseThePostgresProfileOnTheSameDatabase() {
        for (String node : List.of("echoer-1", "echoer-2")) {
            Map<String, Object> environment = map(services.get(node).get("environment"));
            assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                    .containsEntry("ECHOER_DB_URL", "jdbc:postgresql://postgres:5432/echoer");
            assertThat(environment.get("ECHOER_ADMIN_PASSWORD").toString()).as("no default admin password").contains(":?");
            assertThat(dependsOn(node)).containsEntry("postgres", "service_healthy");
        }
        assertThat(dependsOn("echoer-2")).as("the schema is created by one node at a time").containsEntry("echoer-1", "service_healthy");
    }

    @Test
    void everyVariableTheNodesSetIsOneTheApplicationReads() throws IOException {
        String application = Files.readString(ROOT.resolve("webapp/src/main/resources/application.yaml"))
                + Files.readString(ROOT.resolve("webapp/src/main/resources/application-postgres.yaml"));
        for (String variable : map(services.get("echoer-1").get("environment")).keySet()) {
            if (!variable.startsWith("SPRING_")) {
                assertThat(application).as(variable).contains("${" + variable + ":");
            }
        }
    }

    @Test
    void nodesPublishTheirPortsAndTheDemoServicesShareEachNodesNetwork() {
        assertThat(ports("echoer-1")).contains("8080:8080", "18080:18080");
        assertThat(ports("echoer-2")).contains("8081:8080");
        assertThat(services.get("sample-actions-1")).containsEntry("network_mode", "service:echoer-1");
        assertThat(services.get("sample-actions-2")).containsEntry("network_mode", "service:echoer-2");
        assertThat(services.get("sample-actions-1").get("command").toString()).contains("http://localhost:8080/step");
    }

    @Test
    void imagesAreBuiltFromDockerfilesThatCopyWhatTheBuildMakes() throws IOException {
        for (String service : List.of("echoer-1", "echoer-2", "sample-actions-1", "sample-actions-2")) {
            Map<String, Object> build = map(services.get(service).get("build"));
            Path dockerfile = ROOT.resolve("docker").resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString());
            assertThat(dockerfile).as(service).exists();
            Matcher copy = Pattern.compile("COPY --from=build /src/(\\S+) ").matcher(Files.readString(dockerfile));
            assertThat(copy.find()).as(dockerfile + " copies a built jar").isTrue();
            String jar = copy.group(1);
            String module = jar.substring(0, jar.indexOf('/'));
            String finalName = jar.substring(jar.lastIndexOf('/') + 1).replace(".jar", "");
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            assertThat(pom.contains("<finalName>" + finalName + "</finalName>")
                    || pom.contains("<outputFile>${project.build.directory}/" + finalName + ".jar</outputFile>"))
                    .as(module + " builds " + jar).isTrue();
        }
    }

    private List<String> ports(String service) {
        return ((List<?>) services.get(service).get("ports")).stream().map(Object::toString).toList();
    }

    private Map<String, String> dependsOn(String service) {
        Map<String, Object> dependencies = map(services.get(service).get("depends_on"));
        Map<String, String> conditions = new java.util.LinkedHashMap<>();
        dependencies.forEach((name, condition) -> conditions.put(name, map(condition).get("condition").toString()));
        return conditions;
    }

    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, V>) value;
    }
}
