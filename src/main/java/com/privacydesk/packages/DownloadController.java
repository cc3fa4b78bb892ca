package com.privacydesk.packages;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requester's download: {@code GET /download/{token}} from the link in the answer letter, without a login.
 * An unknown token and an expired or revoked one each get a short page in the desk's languages that names no case
 * and no person. The token never reaches a log.
 */
@RestController
public class DownloadController {

    private static final Logger log = LoggerFactory.getLogger(DownloadController.class);

    private static final String NOT_FOUND_PAGE = page("""
            <p lang="en">This download link is not valid. Please check that you copied the whole link.</p>
            <p lang="pl">Ten link do pobrania jest nieprawidłowy. Sprawdź, czy skopiowano cały link.</p>
            <p lang="de">Dieser Download-Link ist ungültig. Bitte prüfen Sie, ob Sie den ganzen Link kopiert haben.</p>
            <p lang="nl">Deze downloadlink is niet geldig. Controleer of u de hele link hebt gekopieerd.</p>
            <p lang="fr">Ce lien de téléchargement n'est pas valable. Veuillez vérifier que vous avez copié le lien en entier.</p>""");
    private static final String GONE_PAGE = page("""
            <p lang="en">This download link is no longer valid. Reply to our e-mail if you need your data again.</p>
            <p lang="pl">Ten link do pobrania stracił ważność. Jeśli dane są potrzebne ponownie, prosimy odpowiedzieć na naszą wiadomość.</p>
            <p lang="de">Dieser Download-Link ist nicht mehr gültig. Antworten Sie auf unsere E-Mail, wenn Sie Ihre Daten erneut benötigen.</p>
            <p lang="nl">Deze downloadlink is niet meer geldig. Beantwoord onze e-mail als u uw gegevens opnieuw nodig hebt.</p>
            <p lang="fr">Ce lien de téléchargement n'est plus valable. Si vous avez à nouveau besoin de vos données, répondez à notre courriel.</p>""");

    private final PackageLinks links;

    public DownloadController(PackageLinks links) {
        this.links = links;
    }

    @GetMapping(PackageLinks.PATH + "{token}")
    public ResponseEntity<byte[]> download(@PathVariable String token, HttpServletRequest request) {
        PackageLinks.Resolution resolution = links.resolve(token);
        return switch (resolution.outcome()) {
            case UNKNOWN -> page(HttpStatus.NOT_FOUND, NOT_FOUND_PAGE);
            case EXPIRED -> page(HttpStatus.GONE, GONE_PAGE);
            case FOUND -> {
                StoredPackage pkg = resolution.pkg();
                // A HEAD (link previews) shows the headers only: not a download.
                if (!"HEAD".equals(request.getMethod())) {
                    links.logDownload(pkg, PackageLinks.Via.LINK, PackageLinks.REQUESTER_LINK, request.getRemoteAddr());
                    log.info("Case {}: {} of round {} downloaded through the requester's link", pkg.caseNumber(),
                            pkg.kind(), pkg.round());
                }
                yield file(pkg);
            }
        };
    }

    /** The stored bytes as an attachment, never cached, with their SHA-256 to check them against. */
    static ResponseEntity<byte[]> file(StoredPackage pkg) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(pkg.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pkg.fileName())
                        .build().toString())
                .header("X-Content-SHA256", pkg.sha256())
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(pkg.content());
    }

    private static ResponseEntity<byte[]> page(HttpStatus status, String html) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex, nofollow")
                .body(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String page(String paragraphs) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>Download</title></head><body>\n" + paragraphs + "\n</body></html>\n";
    }
}
