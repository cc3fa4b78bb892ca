package com.privacydesk.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean the diagrams may call in an expression although it is no delegate or listener (e.g. the owner group of a
 * manual search). Everything else in the application context is out of the expressions' reach.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExpressionBean {
}
