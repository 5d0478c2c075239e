package io.vigil.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a URL in one canonical form so the same article is recognised under its variants: scheme and
 * host lower case, default port dropped, fragment dropped, tracking parameters ({@code utm_*},
 * {@code fbclid}, {@code gclid}, ...) dropped, the remaining query parameters sorted, an empty path
 * made {@code /}. Stateless and thread-safe.
 */
public final class UrlNormalizer {

  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "yclid",
          "_ga",
          "_gl",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "wt.mc_id",
          "icid",
          "cmpid",
          "ocid",
          "ito",
          "smid",
          "sref");

  private UrlNormalizer() {}

  /** The canonical form of {@code url}, or empty when it is not an absolute http(s) URL. */
  public static Optional<String> normalize(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(url.strip().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") ? port == 80 : port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return Optional.of(out.toString());
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }
}
