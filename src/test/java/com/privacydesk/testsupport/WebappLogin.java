package com.privacydesk.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like client that logs into the Camunda webapps as a person does (session cookie and CSRF token). */
public final class WebappLogin {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebappLogin(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public WebappLogin login(String user, String password) throws IOException, InterruptedException {
        int status = tryLogin(user, password);
        if (status != 200) {
            throw new IllegalStateException("login failed: " + status);
        }
        return this;
    }

    /** The webapp login's status: 200, or 401/403 for a wrong password or a user without the application. */
    public int tryLogin(String user, String password) throws IOException, InterruptedException {
        get("/camunda/app/tasklist/");
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no CSRF cookie"));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    /** A call of the webapps' own API with the session and its CSRF token, as Tasklist makes it; body JSON or none. */
    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        // The login starts a new session; a page load hands out the token that belongs to it.
        HttpResponse<String> page = get("/camunda/app/tasklist/");
        String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .reduce((first, last) -> last).orElseThrow(() -> new IllegalStateException("no CSRF cookie")));
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/json").header("Origin", baseUrl)
                .header("Referer", baseUrl + "/camunda/app/tasklist/")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser's form submission: application/x-www-form-urlencoded, with the session's cookies. */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
