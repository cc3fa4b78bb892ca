package com.privacydesk.security.ldap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;
import org.springframework.validation.annotation.Validated;

/**
 * The company's directory (ldap profile): where it is, the read-only account the desk searches it with, where
 * users and groups live and which attributes carry their ids and names. Search bases are relative to
 * {@code baseDn}. The URL and the account come from the environment (application-ldap.yaml); the rest has
 * defaults for an OpenLDAP-style directory (inetOrgPerson users, groupOfNames groups named by cn).
 *
 * @param administratorGroup the directory group whose members administer the engine (Camunda Admin, all
 *                           resources); the desk's own checks know it as {@code camunda-admin}
 * @param pageSize           LDAP paged results, for directories that cap result sizes (Active Directory: 1000);
 *                           empty for none
 */
@Profile("ldap")
@Validated
@ConfigurationProperties("privacy-desk.ldap")
public record LdapProperties(
        @NotBlank @Pattern(regexp = "ldaps?://.+", message = "must start with ldap:// or ldaps://") String url,
        @NotBlank String managerDn,
        @NotBlank String managerPassword,
        @NotBlank String baseDn,
        @DefaultValue("ou=people") String userSearchBase,
        @DefaultValue("(objectClass=inetOrgPerson)") @NotBlank String userSearchFilter,
        @DefaultValue("ou=groups") String groupSearchBase,
        @DefaultValue("(objectClass=groupOfNames)") @NotBlank String groupSearchFilter,
        @DefaultValue("camunda-admin") @NotBlank String administratorGroup,
        @Positive Integer pageSize,
        @DefaultValue @Valid Attributes attributes) {

    /** Which attribute holds what (defaults: OpenLDAP with inetOrgPerson and groupOfNames). */
    public record Attributes(
            @DefaultValue("uid") @NotBlank String userId,
            @DefaultValue("givenName") @NotBlank String userFirstName,
            @DefaultValue("sn") @NotBlank String userLastName,
            @DefaultValue("mail") @NotBlank String userEmail,
            @DefaultValue("cn") @NotBlank String groupId,
            @DefaultValue("cn") @NotBlank String groupName,
            @DefaultValue("member") @NotBlank String groupMember) {
    }

    /** Never prints the manager password (a record's own toString would). */
    @Override
    public String toString() {
        return "LdapProperties[url=" + url + ", managerDn=" + managerDn + ", managerPassword=****, baseDn=" + baseDn
                + ", userSearchBase=" + userSearchBase + ", userSearchFilter=" + userSearchFilter
                + ", groupSearchBase=" + groupSearchBase + ", groupSearchFilter=" + groupSearchFilter
                + ", administratorGroup=" + administratorGroup + ", pageSize=" + pageSize
                + ", attributes=" + attributes + "]";
    }
}
