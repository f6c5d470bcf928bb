package org.echoer.fsl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "ci, ci, 0",
            "cii, ci, 1",
            "actoin, action, 1",
            "retrun, return, 1",
            "flwo_run, flow_run, 1",
            "aproval, approval, 1",
            "approvl2, approval_2, 2",
            "kitten, sitting, 3",
            "'', abc, 3",
    })
    void countsInsertionsDeletionsReplacementsAndSwaps(String a, String b, int distance) {
        assertThat(DidYouMean.distance(a, b)).isEqualTo(distance);
        assertThat(DidYouMean.distance(b, a)).isEqualTo(distance);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "cii; ci,approval,deploy_1; ci",
            "deploy1; ci,approval,deploy_1; deploy_1",
            "aprovall; approval,approval_2; approval",
            "Approval; approval,approval_2; approval",
            "SUCESS; SUCCESS,FAIL; SUCCESS",
            "dnoe; A,B,done; done",
            // one letter names are all one slip apart: no guess
            "E; A,B,C,D,done; -",
            "x; a,b; -",
            // too many slips for the word's length
            "ship; step,stop; -",
            "notify; approval,ci; -",
            "banana; action,flow,flow_run; -",
    })
    void suggestsOnlyACloseCandidate(String word, String candidates, String expected) {
        assertThat(DidYouMean.closest(word, List.of(candidates.split(",")))).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void endsAMessageWithTheSuggestionOrNothing() {
        assertThat(DidYouMean.suffix("cii", List.of("ci", "approval"))).isEqualTo("; did you mean 'ci'?");
        assertThat(DidYouMean.suffix("zzz", List.of("ci", "approval"))).isEmpty();
    }
}
