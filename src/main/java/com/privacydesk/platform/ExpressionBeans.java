package com.privacydesk.platform;

import java.util.AbstractMap;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * Expressions in diagrams reach only the desk's delegates and listeners (and beans marked {@link ExpressionBean}),
 * not every bean of the application: otherwise a diagram could call the JdbcTemplate, the identity service or the
 * mail sender. Beans are looked up by name when an expression asks, never created while the engine is built.
 */
@Component
public class ExpressionBeans extends AbstractProcessEnginePlugin implements ApplicationContextAware {

    private ApplicationContext context;

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.context = applicationContext;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SpringExpressionManager(context, new Exposed()));
    }

    /** Whether an expression may use the bean of this name. */
    public boolean isExposed(String name) {
        if (!context.containsBean(name)) {
            return false;
        }
        Class<?> type = context.getType(name);
        return type != null && (JavaDelegate.class.isAssignableFrom(type)
                || ExecutionListener.class.isAssignableFrom(type) || TaskListener.class.isAssignableFrom(type)
                || AnnotatedElementUtils.hasAnnotation(type, ExpressionBean.class));
    }

    /** The beans an expression sees: resolved lazily, by name; nothing to list. */
    private final class Exposed extends AbstractMap<Object, Object> {

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && isExposed(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return Set.of();
        }
    }
}
