package com.privacydesk.security.ldap;

import com.privacydesk.platform.AdministratorGroupAuthorization;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * ldap profile: the engine's identity service reads users, groups and memberships from the company's directory
 * and checks passwords by binding as the user, so the webapp login, HTTP Basic on /engine-rest and the desk's
 * /api all authenticate against it. The identity service becomes read-only: people and groups are managed in
 * the directory, the engine's authorizations (tasklist.DeskAuthorizations) stay in the desk's database, keyed
 * by the directory's group ids. The starter adds every ProcessEnginePlugin bean to the engine.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
public class LdapIdentityConfiguration {

    @Bean
    LdapIdentityProviderPlugin ldapIdentityProviderPlugin(LdapProperties properties, Environment environment) {
        LdapTls.require(properties.url(), environment);
        LdapIdentityProviderPlugin plugin = new LdapIdentityProviderPlugin();
        plugin.setServerUrl(properties.url());
        plugin.setManagerDn(properties.managerDn());
        plugin.setManagerPassword(properties.managerPassword());
        plugin.setBaseDn(properties.baseDn());
        plugin.setUserSearchBase(nullToEmpty(properties.userSearchBase()));
        plugin.setUserSearchFilter(properties.userSearchFilter());
        plugin.setGroupSearchBase(nullToEmpty(properties.groupSearchBase()));
        plugin.setGroupSearchFilter(properties.groupSearchFilter());
        LdapProperties.Attributes attributes = properties.attributes();
        plugin.setUserIdAttribute(attributes.userId());
        plugin.setUserFirstnameAttribute(attributes.userFirstName());
        plugin.setUserLastnameAttribute(attributes.userLastName());
        plugin.setUserEmailAttribute(attributes.userEmail());
        plugin.setGroupIdAttribute(attributes.groupId());
        plugin.setGroupNameAttribute(attributes.groupName());
        plugin.setGroupMemberAttribute(attributes.groupMember());
        plugin.setPageSize(properties.pageSize());
        // Users see only what the engine's authorizations let them read (the plugin's default, stated here).
        plugin.setAuthorizationCheckEnabled(true);
        // A wrong password is a failed login (false), not an exception; an empty one never binds anonymously.
        plugin.setPasswordCheckCatchAuthenticationException(true);
        plugin.setAllowAnonymousLogin(false);
        // Certificates are checked against the JVM's trust store; never accept untrusted ones.
        plugin.setAcceptUntrustedCertificates(false);
        return plugin;
    }

    /** Members of the directory's administrator group get ALL on every engine resource, as camunda-admin does. */
    @Bean
    AdministratorGroupAuthorization ldapAdministratorAuthorizationPlugin(LdapProperties properties) {
        return new AdministratorGroupAuthorization(properties.administratorGroup());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
