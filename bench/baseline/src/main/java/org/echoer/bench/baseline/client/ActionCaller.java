package org.echoer.bench.baseline.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.echoer.bench.baseline.StepProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The external-task handler: POSTs the step to its action's addresses in order. A 2xx leaves the task
 * locked: the action reports its state later through {@code POST /step}. When every address fails, the
 * failure is reported so Camunda retries the task, and raises an incident once the retries are used up.
 */
final class ActionCaller implements ExternalTaskHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ActionCaller.class);
    private static final int RETRIES = 3;
    private static final long RETRY_WAIT_MILLIS = 1000;

    private final HttpClient http;
    private final Duration readTimeout;
    private final ObjectMapper json;

    ActionCaller(Duration connectTimeout, Duration readTimeout, ObjectMapper json) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        this.readTimeout = readTimeout;
        this.json = json;
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
        StepProperties step = new StepProperties(task.getExtensionProperties());
        byte[] body;
        try {
            body = json.writeValueAsBytes(DispatchBody.of(step, task.getBusinessKey(), task.getId()));
        } catch (JsonProcessingException e) {
            service.handleFailure(task, "cannot write the dispatch: " + e.getMessage(), null, 0, 0);
            return;
        }
        String problem = "the action has no address";
        for (String address : step.addresses()) {
            try {
                int status = post(address, body);
                if (status / 100 == 2) {
                    return;
                }
                problem = address + " answered " + status;
            } catch (IOException | IllegalArgumentException e) {
                problem = address + ": " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        int retriesLeft = task.getRetries() == null ? RETRIES : Math.max(0, task.getRetries() - 1);
        LOG.info("dispatch of {} (flow run {}) failed: {}; {} retries left", step.stepName(), task.getBusinessKey(),
                problem, retriesLeft);
        service.handleFailure(task, problem, null, retriesLeft, RETRY_WAIT_MILLIS);
    }

    private int post(String address, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(address))
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
