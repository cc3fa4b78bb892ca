package com.privacydesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.DecisionTables;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;

/**
 * bpmn/routing.dmn: which group handles a request. Today the desk has one team, so every request, whatever its
 * rights, channel and language, goes to the agents; the table is where a process owner gives one its own team.
 */
class RoutingTableTest {

    @Test
    void everyRightChannelAndLanguage_goesToTheAgents() {
        Set<String> hit = new HashSet<>();
        List<String> rightsValues = new java.util.ArrayList<>(Arrays.stream(Right.values()).map(Right::name).toList());
        rightsValues.add("ACCESS,ERASURE,PORTABILITY");
        rightsValues.add(""); // an e-mail nobody has classified yet
        for (String rights : rightsValues) {
            for (Channel channel : Channel.values()) {
                for (Language language : Language.values()) {
                    DecisionTables.Evaluation result = DecisionTables.routing(rights, channel.name(), language.name());
                    assertThat(result.output()).as("%s, %s, %s", rights, channel, language)
                            .isEqualTo(RequestProcess.GROUP_AGENTS);
                    hit.addAll(result.rows());
                }
            }
        }

        assertThat(hit).containsExactlyInAnyOrderElementsOf(DecisionTables.rows(DecisionTables.ROUTING_FILE));
    }

    @Test
    void valuesTheTableDoesNotKnow_stillGetAGroup() {
        // A request must never reach a user task without a candidate group: nobody would see it.
        assertThat(DecisionTables.routing("SOMETHING_NEW", "FAX", "es").output()).isEqualTo(RequestProcess.GROUP_AGENTS);
        assertThat(DecisionTables.routing(null, null, null).output()).isEqualTo(RequestProcess.GROUP_AGENTS);
    }

    @Test
    void everyGroupTheTableNames_isOneTheDeskKnows() {
        // Tasklist filters exist for these; a group without one hides its tasks.
        List<String> outputs = DecisionTables.model(DecisionTables.ROUTING_FILE).getModelElementsByType(OutputEntry.class)
                .stream().map(o -> o.getText().getTextContent()).toList();

        assertThat(outputs).isNotEmpty().allSatisfy(o -> assertThat(o).isIn("\"" + RequestProcess.GROUP_AGENTS + "\"",
                "\"" + RequestProcess.GROUP_OFFICERS + "\""));
    }
}
