package org.echoer.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.echoer.samples.SampleActionsOptions;
import org.echoer.samples.SampleActionsServer;
import org.echoer.webapp.support.ApiClient;
import org.echoer.webapp.support.BrowserAvailable;
import org.echoer.webapp.support.EchoerAppTest;
import org.echoer.webapp.support.TestFsl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The studio page in a real browser (Debian's headless Chromium) against the real application: type the
 * seed demo with a misspelled action, see the error on its line, fix it, see the diagram, submit, watch
 * the run reach done with the sample business services, open the run's page. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Skipped, and counted as skipped, where {@code /usr/bin/chromedriver} is missing (apt-get install chromium
 * chromium-driver), except under CI ({@code CI=true}), where that is a failure; skipped in the PostgreSQL
 * pass, since the page does not depend on the database (see {@link BrowserAvailable}).
 */
@EchoerAppTest
@ExtendWith(BrowserAvailable.class)
class StudioBrowserIT {

    private static final Path CHROMEDRIVER = BrowserAvailable.CHROMEDRIVER;
    private static final Path CHROMIUM = BrowserAvailable.CHROMIUM;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String RUN = "studio_demo";

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    private ApiClient api;
    private SampleActionsServer actions;

    @BeforeAll
    static void startBrowser() {
        String missing = BrowserAvailable.missing();
        if (missing != null) {
            // only under CI does BrowserAvailable let the class run without a browser
            fail("the browser test must run in CI, but " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        // both paths given, so Selenium never looks for (or downloads) a browser or driver of its own
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1100", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startSampleActions() throws IOException {
        api = new ApiClient(port);
        actions = new SampleActionsServer(SampleActionsOptions.builder().host("127.0.0.1").port(18080)
                .callbackUrl(api.base() + "/step").build());
        actions.start();
        api.delete("/flowrun/" + RUN);
    }

    @AfterEach
    void stopSampleActions() {
        actions.close();
    }

    @Test
    void typesTheSeedDemoSeesTheErrorFixesItSubmitsAndFollowsTheRunToDone() throws IOException {
        // given the seed demo, indented with spaces (a typed tab would be the editor's indent key)
        String fixed = TestFsl.seedDemo(TestFsl.SEED_ACTIONS, RUN).replace("\t", "    ");
        String broken = fixed.replace("action=\"notify\"", "action=\"notfy\"");
        int brokenLine = TestFsl.lineOf(broken, "notfy");
        browser.get(api.base() + "/");
        WebElement editor = waitFor(By.cssSelector("#editor textarea"));

        // when it is typed with a misspelled action
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        editor.sendKeys(broken);

        // then the error is listed and marked on its line
        // (answers to checks made while typing come first; the last one has exactly this error)
        WebElement problem = until(() -> {
            List<WebElement> errors = browser.findElements(By.cssSelector("#diagnostics li.error"));
            return errors.size() == 1 && errors.get(0).getText().contains("unknown action 'notfy'")
                    && "errors".equals(browser.findElement(By.id("check-status")).getDomAttribute("data-state")) ? errors.get(0) : null;
        });
        assertThat(problem.getDomAttribute("data-line")).isEqualTo(String.valueOf(brokenLine));
        WebElement gutterLine = browser.findElements(By.cssSelector("#editor .gutter-lines > div")).get(brokenLine - 1);
        assertThat(gutterLine.getDomAttribute("class")).isEqualTo("error");
        assertThat(gutterLine.getDomAttribute("title")).contains("unknown action 'notfy'");
        assertThat(problem.getText()).contains("did you mean 'notify'?");
        assertThat(text("#check-status")).startsWith("1 error");
        screenshot("studio-error.png");
        // (textContent: lines scrolled out of the editor have no visible text)
        assertThat(browser.findElements(By.cssSelector("#editor .colour-lines .t-keyword")))
                .extracting(k -> k.getDomProperty("textContent")).contains("action", "flow_run", "step", "args", "return");

        // when the misspelling is selected and typed over
        int at = broken.indexOf("notfy");
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                editor, at, at + "notfy".length());
        editor.sendKeys("notify");

        // then the document checks clean and the diagram shows the flow run
        until(() -> "ok".equals(browser.findElement(By.id("check-status")).getDomAttribute("data-state")) ? true : null);
        assertThat(editor.getDomProperty("value")).isEqualTo(fixed);
        assertThat(browser.findElements(By.cssSelector("#editor .gutter-lines > div.error"))).isEmpty();
        for (String step : List.of("Step_A", "Step_D", "Step_B", "Step_E", "Step_C")) {
            waitFor(By.cssSelector("#diagram svg g[id='" + step + "']"));
        }
        assertThat(browser.findElement(By.id("download")).isEnabled()).isTrue();

        // when it is submitted
        browser.findElement(By.id("submit")).click();

        // then it is deployed, the run starts and the sample actions take it to done
        until(() -> browser.findElement(By.id("submit-result")).getDomAttribute("class").contains("ok") ? true : null);
        assertThat(text("#submit-result")).startsWith("OK:").contains("created flowrun " + RUN);
        // the list is redrawn on every event, so a row is read whole in one go (and again if it was replaced)
        String doneRow = "#runs-body tr[data-name='" + RUN + "'][data-state='done']";
        List<String> cells = until(Duration.ofSeconds(60), () -> browser.findElements(By.cssSelector(doneRow)).stream()
                .map(row -> List.of(row.findElement(By.cssSelector(".current-step")).getText(),
                        row.findElement(By.cssSelector(".cockpit-link")).getDomProperty("href")))
                .findFirst().orElse(null));
        String uuid = api.get("/flowrun/" + RUN).json().path("uuid").asText();
        assertThat(cells.get(0)).isEqualTo("–");
        assertThat(cells.get(1)).endsWith("/camunda/app/cockpit/default/#/process-instance/" + uuid);
        assertThat(text("#runs-error")).isEmpty();
        screenshot("studio.png");

        // when the run's page is opened from the list
        until(() -> {
            browser.findElement(By.cssSelector(doneRow + " a.run-link")).click();
            return true;
        });

        // then it shows the passed steps on the diagram and every activation, done
        until(() -> browser.findElements(By.cssSelector("#activations-body tr[data-done='true']")).size() == 4 ? true : null);
        assertThat(browser.findElements(By.cssSelector("#activations-body tr")))
                .extracting(r -> r.getDomAttribute("data-step")).containsExactly("A", "D", "B", "C");
        assertThat(text("#run-state")).isEqualTo("done");
        for (String step : List.of("Step_A", "Step_D", "Step_B", "Step_C")) {
            assertThat(waitFor(By.cssSelector("#run-diagram svg g[id='" + step + "']")).getDomAttribute("class")).contains("passed");
        }
        assertThat(browser.findElement(By.cssSelector("#run-diagram svg g[id='Step_E']")).getDomAttribute("class"))
                .doesNotContain("passed");
        screenshot("studio-run.png");
    }

    private static WebElement waitFor(By locator) {
        return until(() -> browser.findElements(locator).stream().findFirst().orElse(null));
    }

    private static <T> T until(java.util.function.Supplier<T> condition) {
        return until(Duration.ofSeconds(30), condition);
    }

    /** Waits until the condition gives something other than null (elements replaced meanwhile are retried). */
    private static <T> T until(Duration timeout, java.util.function.Supplier<T> condition) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.get());
    }

    private static String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
