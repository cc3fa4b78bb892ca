package com.privacydesk.correspondence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.privacydesk.request.Channel;
import com.privacydesk.request.DeliveryState;
import com.privacydesk.request.Direction;
import java.time.Instant;

/** One letter out or message in, as the case's proof of what was said and when (seed 002). */
public record CorrespondenceEntry(
        long id,
        String caseNumber,
        Direction direction,
        String kind,
        Channel channel,
        Instant time,
        String subject,
        @JsonIgnore String body,
        DeliveryState deliveryState,
        /* Where an incoming message came from (an e-mail's From); for the case file, not the API. */
        @JsonIgnore String sender) {
}
