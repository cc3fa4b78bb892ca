package com.privacydesk.policy;

import com.privacydesk.callback.TelephonyProperties;
import com.privacydesk.correspondence.ControllerSettings;
import com.privacydesk.datamap.RecordSettings;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.information.InformationProperties;
import com.privacydesk.information.RecordingBasis;
import com.privacydesk.retention.RetentionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the settings decide in the record of processing: the country profile's retention rules, the periods of the
 * case file, recording answers and dropped calls, the basis of call recording, and the controller with its DPO and
 * representative. Lives here, above the capabilities it reads, so that the data map imports none of them.
 */
@Configuration(proxyBeanMethods = false)
public class RecordSettingsConfiguration {

    @Bean
    RecordSettings recordSettings(DeadlineCalculator calculator, RetentionProperties retention,
                                  TelephonyProperties telephony, InformationProperties information,
                                  ControllerSettings controller) {
        return RecordSettings.of(calculator.countryProfile(), retention.closedCases(), retention.recordingConsents(),
                telephony.droppedCallRetention(), information.callRecordingBasis() == RecordingBasis.CONSENT,
                new RecordSettings.Controller(controller.companyName(), controller.address(), blankToNull(controller.dpoName()),
                        controller.dataProtectionContact(), blankToNull(controller.representative())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
