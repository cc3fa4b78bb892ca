package com.privacydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A diagram's expressions reach the desk's delegates and listeners only: whoever could get a diagram deployed must
 * not be able to call the JdbcTemplate or the identity service through it. Every bean the shipped diagrams name is
 * reachable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExpressionBeansTest {

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired ExpressionBeans expressionBeans;

    @Test
    void expressionCallingAnyOtherBean_cannotResolveIt() {
        for (String expression : List.of("${jdbcTemplate.queryForList('SELECT * FROM dsr_request')}",
                "${identityService.createUserQuery().list()}", "${requestRepository.overdueCaseNumbers()}")) {
            String key = "hostile" + Math.abs(expression.hashCode());
            BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                    .startEvent().serviceTask().camundaExpression(expression).endEvent().done();
            repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();

            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(key)).as(expression)
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Cannot resolve identifier");
        }
    }

    @Test
    void everyBeanTheDiagramsName_isReachable() throws IOException {
        Pattern beanReference = Pattern.compile(
                "(?:delegateExpression|expression|class)=\"\\$\\{([A-Za-z][A-Za-z0-9]*)[.}]");
        Pattern methodCall = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)\\.[A-Za-z]+\\(");
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(file);
                for (Pattern pattern : List.of(beanReference, methodCall)) {
                    Matcher found = pattern.matcher(xml);
                    while (found.find()) {
                        String name = found.group(1);
                        if (!Map.of("execution", 1, "task", 1).containsKey(name)) {
                            assertThat(expressionBeans.isExposed(name)).as(file + ": " + name).isTrue();
                        }
                    }
                }
            }
        }
    }
}
