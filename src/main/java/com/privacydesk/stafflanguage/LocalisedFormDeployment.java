package com.privacydesk.stafflanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The starter's deployment of bpmn/ and forms/ (camunda.bpm.deployment-resource-pattern), with every form put
 * into the staff language: the deployed form keeps its id, so formRefs with binding "deployment" find it, and
 * Tasklist shows the task's form in the desk's language. A changed language is a changed form, hence a new
 * deployment at the next start; running requests keep the forms of their own deployment.
 */
@Component
public class LocalisedFormDeployment extends DefaultDeploymentConfiguration {

    private final StaffLanguage language;

    public LocalisedFormDeployment(StaffLanguageProperties properties) {
        this.language = properties.staffLanguage();
    }

    @Override
    public Set<Resource> getDeploymentResources() {
        Set<Resource> resources = new LinkedHashSet<>();
        for (Resource resource : super.getDeploymentResources()) {
            String name = resource.getFilename();
            resources.add(name != null && name.endsWith(".form") ? localised(resource, name) : resource);
        }
        return resources;
    }

    private Resource localised(Resource source, String name) {
        try {
            String json = source.getContentAsString(StandardCharsets.UTF_8);
            return new FormResource(LocalisedForms.localise(json, language).getBytes(StandardCharsets.UTF_8),
                    "forms/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the form " + name, e);
        }
    }

    /** A form in memory under the name the engine deploys it as (the engine asks a ContextResource for its path). */
    static final class FormResource extends ByteArrayResource implements ContextResource {
        private final String path;

        FormResource(byte[] content, String path) {
            super(content, path);
            this.path = path;
        }

        @Override
        public String getPathWithinContext() {
            return path;
        }

        @Override
        public String getFilename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FormResource form && form.path.equals(path) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return path.hashCode();
        }
    }
}
