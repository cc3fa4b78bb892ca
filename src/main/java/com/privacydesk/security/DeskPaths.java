package com.privacydesk.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is dispatched by (servlet path and path info, decoded and without {@code ;} parameters), the
 * one every desk filter decides on: the raw URI ({@code /api/calls/dropped;a=b}) is what an attacker controls.
 */
public final class DeskPaths {

    private DeskPaths() {
    }

    public static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        return request.getPathInfo() == null ? servletPath : servletPath + request.getPathInfo();
    }

    public static boolean is(HttpServletRequest request, String method, String path) {
        return method.equals(request.getMethod()) && path.equals(path(request));
    }
}
