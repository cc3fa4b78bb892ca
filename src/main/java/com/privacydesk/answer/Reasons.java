package com.privacydesk.answer;

import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Reason codes in the shape Tasklist submits them (a Json array), so the engine holds one type either way. */
public final class Reasons {

    private Reasons() {
    }

    public static JsonValue toJson(List<ReasonCode> reasons) {
        return SpinValues.jsonValue(Spin.JSON(reasons.stream().map(Enum::name).toList())).create();
    }
}
