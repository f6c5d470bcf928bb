package org.echoer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private RunBatch batch;
    private RunProgress run;

    @BeforeEach
    void seedRun() throws Exception {
        Workload seed = WorkloadKind.SEED.build(URI.create("http://127.0.0.1:1"), Path.of(""));
        batch = RunBatch.of(List.of("bench_t_1"), 1, seed, RunEnd.DONE);
        run = batch.runs().get(0);
        run.submitted(0);
    }

    @Test
    void measuresFromTheCallbacksAnswerToTheNextDispatchWhicheverArrivesFirst() {
        // when: step A answered at 10 ms, D dispatched at 13 ms; D's next dispatch (B) arrives before D's answer
        StepAnswer a = run.dispatched(dispatch("A", "u1", "SUCCESS", "FAIL"), 1 * MS);
        run.accepted(a, 9 * MS, 10 * MS);
        StepAnswer d = run.dispatched(dispatch("D", "u2", "AGREE", "REJECT", "NEXT", "FAIL"), 13 * MS);
        run.dispatched(dispatch("B", "u3", "SUCCESS", "FAIL"), 20 * MS);
        run.accepted(d, 14 * MS, 21 * MS);

        // then
        Measurements measured = batch.measurements();
        assertThat(a.state()).isEqualTo("SUCCESS");
        assertThat(d.state()).isEqualTo("AGREE");
        assertThat(measured.callbackToDispatch().count()).isEqualTo(2);
        assertThat(measured.callbackToDispatch().max()).isCloseTo(3.0, within(0.01));
        assertThat(measured.dispatchBeforeAnswer()).isEqualTo(1);
    }

    @Test
    void finishesWhenTheFinalStepsCallbackIsAcceptedAndRecordsTheRunLatency() {
        // given
        String[][] route = {{"A", "SUCCESS", "FAIL"}, {"D", "AGREE", "FAIL"}, {"B", "SUCCESS", "FAIL"}, {"C", "SUCCESS", "FAIL"}};

        // when
        for (int i = 0; i < route.length; i++) {
            String[] step = route[i];
            StepAnswer answer = run.dispatched(dispatch(step[0], "u" + i, step[1], step[2]), (10 * i + 1) * MS);
            assertThat(run.finished()).isFalse();
            run.accepted(answer, (10 * i + 2) * MS, (10 * i + 5) * MS);
        }

        // then
        assertThat(run.finished()).isTrue();
        assertThat(run.acceptedSteps()).isEqualTo(4);
        assertThat(batch.measurements().runLatency().p50()).isCloseTo(35.0, within(0.05));
    }

    @Test
    void answersARepeatedDispatchLikeTheFirstAndCountsIt() {
        // when
        StepAnswer first = run.dispatched(dispatch("A", "u1", "SUCCESS", "FAIL"), MS);
        StepAnswer again = run.dispatched(dispatch("A", "u1", "SUCCESS", "FAIL"), 2 * MS);

        // then
        assertThat(again.repeated()).isTrue();
        assertThat(again.state()).isEqualTo(first.state());
        assertThat(batch.measurements().redispatches()).isEqualTo(1);
    }

    @Test
    void measuringStartsAloneEndsTheRunAtItsFirstDispatchWithoutACallback() throws Exception {
        // given
        Workload seed = WorkloadKind.SEED.build(URI.create("http://127.0.0.1:1"), Path.of(""));
        RunBatch starts = RunBatch.of(List.of("bench_t_1"), 1, seed, RunEnd.FIRST_DISPATCH);
        RunProgress started = starts.runs().get(0);
        starts.acquireSlot();
        started.submitted(0);

        // when
        StepAnswer callback = started.dispatched(dispatch("A", "u1", "SUCCESS", "FAIL"), 7 * MS);
        StepAnswer again = started.dispatched(dispatch("A", "u1", "SUCCESS", "FAIL"), 9 * MS);

        // then
        assertThat(callback).isNull();
        assertThat(again).isNull();
        assertThat(started.finished()).isTrue();
        assertThat(started.acceptedSteps()).isZero();
        assertThat(starts.await(System.nanoTime())).isTrue();
        assertThat(starts.measurements().runLatency().count()).isEqualTo(1);
        assertThat(starts.measurements().runLatency().p50()).isCloseTo(7.0, within(0.05));
    }

    private static Dispatch dispatch(String step, String uuid, String... states) {
        return new Dispatch("bench_t_1", step, List.of(states), uuid);
    }
}
