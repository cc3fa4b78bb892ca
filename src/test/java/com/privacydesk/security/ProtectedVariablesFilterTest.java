package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which calls of the engine's REST API the filter lets through, one row per way in; why in the last column. */
class ProtectedVariablesFilterTest {

    private final ProtectedVariablesFilter filter = new ProtectedVariablesFilter("/camunda");

    @Test
    void aBodyOverTheLimit_413_notPassedOn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/t1/complete");
        request.setContentType("application/json");
        request.setContent("{\"variables\":{\"decision\":{\"value\":\"FULFIL\"}}}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new ProtectedVariablesFilter("/camunda", 20).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @ParameterizedTest(name = "{0} {1} -> {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            PUT    | /engine-rest/task/t1/variables/dataSubjectId                       | {"value":7}                                              | 403 | named in the path
            PUT    | /engine-rest/engine/default/task/t1/variables/rights               | {"value":"ERASURE"}                                      | 403 | the multi-engine path
            PUT    | /camunda/api/engine/engine/default/task/t1/localVariables/takenOverBy | {"value":"x"}                                         | 403 | the webapps' engine API
            DELETE | /engine-rest/process-instance/p1/variables/caseNumber              |                                                          | 403 | deleting is writing
            POST   | /engine-rest/process-instance/p1/variables/handler%47roup/data     |                                                          | 403 | binary upload, encoded name
            PUT    | /engine-rest/task/t1/variables/dataSubjectId;v=1                   | {"value":7}                                              | 403 | a matrix parameter
            PUT    | /engine-rest/task/t1//variables//rights/                           | {"value":"ERASURE"}                                      | 403 | doubled and trailing slashes
            PUT    | /engine-rest/task/t1/variables/reasonDetails                       | {"value":"x"}                                            | 200 | not protected
            POST   | /engine-rest/task/t1/complete                                      | {"variables":{"decision":{"value":"FULFIL"}}}            | 200 | the handler's decision
            POST   | /engine-rest/task/t1/complete                                      | {"variables":{"rights":{"value":"ERASURE"}}}             | 403 | completion
            POST   | /engine-rest/task/t1/variables                                     | {"deletions":["dataSubjectId"]}                          | 403 | deletion through modify
            POST   | /engine-rest/process-instance/p1/modification                      | {"instructions":[{"variables":{"deadline":{"value":"x"}}}]} | 403 | nested in an instruction
            POST   | /engine-rest/message                                               | {"messageName":"m","processVariablesLocal":{"remindAt":{}}} | 403 | correlation
            POST   | /engine-rest/message                                               | {"messageName":"m","correlationKeys":{"caseNumber":{"value":"x"}}} | 200 | correlating by it reads
            POST   | /engine-rest/task                                                  | {"processVariables":[{"name":"rights","operator":"eq","value":"A"}]} | 200 | a query
            POST   | /engine-rest/process-definition/key/data-subject-request/submit-form | {"variables":{"channel":{"value":"PHONE"},"rights":{"value":"[]"},"language":{"value":"pl"}}} | 200 | the start form's fields
            POST   | /engine-rest/process-definition/key/data-subject-request/start     | {"variables":{"handlerGroup":{"value":"managers"}}}      | 403 | other facts at start
            POST   | /engine-rest/decision-definition/key/identity/evaluate             | {"variables":{"rights":{"value":"ACCESS"}}}              | 200 | evaluating writes nothing
            POST   | /engine-rest/task/t1/complete                                      | {"variables":                                            | 400 | unreadable is refused
            POST   | /engine-rest/task/t1/complete                                      | {"variables":{"decision":{}},"variables":{"rights":{}}}  | 400 | a repeated key
            POST   | /engine-rest/task/t1/complete                                      | {"variables":{}} {"variables":{"rights":{}}}             | 400 | a second value
            GET    | /engine-rest/task/t1/variables/dataSubjectId                       |                                                          | 200 | reading
            """)
    void call(String method, String path, String body, int status, String why) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (body != null) {
            request.setContentType("application/json");
            request.setContent(body.getBytes(StandardCharsets.UTF_8));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                passed.set(req);
            }
        };

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).as(why).isEqualTo(status);
        if (status == 200 && body != null) {
            assertThat(new String(passed.get().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .as("the engine reads the same body").isEqualTo(body);
        }
        if (status == 403) {
            assertThat(passed.get()).isNull();
            assertThat(response.getContentAsString()).contains("is protected").contains("\"message\"");
        }
    }
}
