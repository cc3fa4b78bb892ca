package com.privacydesk.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The send tasks' {@code letterKind}: what the diagram may name, and the error a modelling mistake gets. */
class SendLetterDelegateTest {

    @Test
    void everyKindTheProcessSends_isAccepted_withSurroundingBlanks() {
        assertThat(SendLetterDelegate.kind(" ACKNOWLEDGEMENT ", "AcknowledgeReceipt"))
                .isEqualTo(LetterKind.ACKNOWLEDGEMENT);
        assertThat(Arrays.stream(LetterKind.values()).filter(LetterKind::sentByTheProcess))
                .containsExactly(LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_INFORMATION_REQUEST, LetterKind.ANSWER,
                        LetterKind.EXTENSION_NOTICE, LetterKind.CLOSING_WITH_AUTHORITY);
    }

    @Test
    void aMissingParameter_namesTheTask() {
        assertThatThrownBy(() -> SendLetterDelegate.kind(null, "SendAnswer"))
                .isInstanceOf(IllegalStateException.class).hasMessage("Send task SendAnswer has no input parameter letterKind");
        assertThatThrownBy(() -> SendLetterDelegate.kind("  ", "SendAnswer"))
                .hasMessageContaining("has no input parameter letterKind");
    }

    @Test
    void anUnknownKind_listsTheKnownOnes() {
        assertThatThrownBy(() -> SendLetterDelegate.kind("ANSWERS", "SendAnswer"))
                .hasMessageContaining("unknown letter kind 'ANSWERS'").hasMessageContaining("EXTENSION_NOTICE");
    }

    @Test
    void theAnswersOwnKindsAndTheLiftNotice_areNotNamedByATask() {
        for (LetterKind kind : new LetterKind[] {LetterKind.REFUSAL, LetterKind.PARTIAL_REFUSAL,
                LetterKind.FURTHER_ANSWER, LetterKind.RESTRICTION_LIFT_NOTICE}) {
            assertThatThrownBy(() -> SendLetterDelegate.kind(kind.name(), "SendAnswer"))
                    .as(kind.name()).hasMessageContaining("is not sent by a process step");
        }
    }
}
