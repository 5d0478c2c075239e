package io.vigil.clean;

import io.vigil.model.Boilerplate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises blocks that are page furniture rather than the story: prompts to follow or subscribe,
 * links to other articles, author bios and links, comment forms, share bars, copyright lines and
 * notes naming the original source. Each rule is written for news pages in general; a rule only
 * matches a short block, so a real paragraph that happens to contain "read:" stays.
 */
final class BoilerplateRules {

  /** A person's name: two to four capitalised words ("Liam O'Sullivan", "Mary-Jane van Dyke"). */
  static final String NAME =
      "\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+(?:(?:van|von|de|da|del|der|al|bin|ibn|el|le|la)\\s+)?\\p{Lu}[\\p{L}'’.\\-]+){1,3}";

  private static final List<String> SOCIAL_NETWORKS =
      List.of(
          "facebook",
          "twitter",
          "instagram",
          "youtube",
          "tiktok",
          "telegram",
          "whatsapp",
          "whats app",
          "linkedin",
          "google news",
          "threads",
          "snapchat",
          "pinterest",
          "reddit",
          "x (formerly twitter)",
          "bluesky",
          "mastodon");

  private record Rule(Boilerplate reason, Pattern pattern, int maxLength) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Boilerplate.SOCIAL_FOLLOW,
              Pattern.compile(
                  "(?i)^(follow|like|join|find|connect with|subscribe to)\\s+us\\s+(on|at|in)\\b"),
              300),
          new Rule(
              Boilerplate.RELATED_LINK,
              Pattern.compile(
                  "(?i)^(read|read more|read also|also read|see also|related|related (articles?|stories|news)"
                      + "|recommended|more|watch|listen|more on this|you may also like|trending|don't miss"
                      + "|must read)\\s*[:：|»>›–—]\\s*\\S"),
              250),
          new Rule(
              Boilerplate.AUTHOR_LINK,
              Pattern.compile(
                  "(?i)^(view|see|read|browse) (all|more) (posts|articles|stories|news) (by|from)\\s+(?-i)("
                      + NAME
                      + ")\\s*[→»>›]*\\s*$"),
              200),
          new Rule(
              Boilerplate.AUTHOR_BIO,
              Pattern.compile("^About(?:\\s+the\\s+author\\s*:?)?\\s+(" + NAME + ")\\s*$"),
              100),
          new Rule(
              Boilerplate.COMMENT_FORM,
              Pattern.compile(
                  "(?i)^(leave a (reply|comment)|(your )?email address will not be published"
                      + "|required fields are marked|post comment|cancel reply|save my name, email"
                      + "|comments?\\s*(\\(\\d+\\))?\\s*$|\\d+\\s+comments?\\s*$|add a comment"
                      + "|join the (discussion|conversation))"),
              300),
          new Rule(
              Boilerplate.NEWSLETTER,
              Pattern.compile(
                  "(?i)(?:^|[.?!,:;]\\s*)(subscribe|sign up|signup|register)\\b.{0,80}\\b(newsletter|updates|inbox"
                      + "|alerts|digest|briefing)"),
              250),
          new Rule(
              Boilerplate.ORIGINAL_SOURCE,
              Pattern.compile(
                  "(?i)^(original(ly)?\\s+(source|published|posted|appeared)(\\s+(on|at|in|by))?"
                      + "|source|via)\\s*[:：]\\s*(\\S.*)$"),
              200),
          new Rule(
              Boilerplate.COPYRIGHT,
              Pattern.compile("(?i)^(©|copyright\\b|\\(c\\)\\s*\\d{4}|all rights reserved)"),
              300),
          new Rule(
              Boilerplate.ADVERTISEMENT,
              Pattern.compile(
                  "(?i)^(advertisement|advert|ad|sponsored( content)?|paid content"
                      + "|(story|article) continues below( this)?( advertisement| ad)?"
                      + "|continue reading( (the|this) (main )?(story|article))?( below)?)\\W*$"),
              60),
          new Rule(
              Boilerplate.NAVIGATION,
              Pattern.compile(
                  "(?i)^((previous|next|prev|older|newer)( (post|article|story|page))?"
                      + "|caption|close|tags?|topics?|filed under|image \\d+ of /? ?\\d+"
                      + "|(photo|image|picture|credit|photograph)s?( credit)?\\s*:.*"
                      + "|sharing is caring|like this (story|article)\\?.*"
                      + "|tell us what you think.*)\\W*$"),
              80),
          new Rule(
              Boilerplate.SHARE_BAR,
              Pattern.compile(
                  "(?i)^(share( this( article| story| post)?)?|share on)\\s*:?\\s*"
                      + "((facebook|twitter|x|whatsapp|linkedin|e-?mail|telegram|reddit|print|copy link)"
                      + "[\\s,|]*)*$"),
              200));

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:By|BY|by)\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)\\s*([,|–—-].*)?$");

  private static final Pattern HOST =
      Pattern.compile("(?i)(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)+[a-z]{2,})(?:[/\\s].*)?$");

  /** What a rule found in a block: the reason to remove it, and a name or source it carried. */
  record Match(Boilerplate reason, String value) {}

  private BoilerplateRules() {}

  static Optional<Match> match(String block) {
    String text = block.strip();
    for (Rule rule : RULES) {
      if (text.length() > rule.maxLength()) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      if (m.find() && !(rule.reason() == Boilerplate.RELATED_LINK && isProse(text))) {
        return Optional.of(new Match(rule.reason(), valueOf(rule.reason(), m)));
      }
    }
    if (text.length() <= 300
        && socialNetworks(text) >= 3
        && (ArticleCleaner.capitalisedShare(text) >= 0.5
            || CALL_TO_ACTION.matcher(text).lookingAt())) {
      return Optional.of(new Match(Boilerplate.SOCIAL_FOLLOW, null));
    }
    return Optional.empty();
  }

  /**
   * An invitation that opens a block: a sentence naming three networks is furniture only when it
   * asks the reader to do something ("Follow our coverage on ..."), not when it reports on them.
   */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?i)(follow|like|join|find|connect|subscribe|share|stay|get|watch|download)\\b");

  /** A sentence of prose, not a headline: it ends a sentence and is mostly lower case. */
  private static boolean isProse(String text) {
    return ArticleCleaner.endsSentence(text) && ArticleCleaner.capitalisedShare(text) < 0.5;
  }

  /** The authors named by a byline line such as "By Jane Doe and John Roe", if it is one. */
  static Optional<List<String>> byline(String block) {
    Matcher m = BYLINE.matcher(block.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        List.of(m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList());
  }

  private static String valueOf(Boilerplate reason, Matcher m) {
    return switch (reason) {
      case AUTHOR_LINK -> m.group(5).strip();
      case AUTHOR_BIO -> m.group(1).strip();
      case ORIGINAL_SOURCE -> sourceName(m.group(m.groupCount()));
      default -> null;
    };
  }

  /**
   * "www.aa.com.tr" and "https://www.aa.com.tr/en/x" are {@code aa.com.tr}; a name stays a name.
   */
  static String sourceName(String raw) {
    String s = raw.strip();
    Matcher host = HOST.matcher(s);
    if (host.matches()) {
      return host.group(1).toLowerCase(Locale.ROOT);
    }
    return s.replaceAll("[.\\s]+$", "");
  }

  private static int socialNetworks(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int n = 0;
    for (String network : SOCIAL_NETWORKS) {
      if (lower.contains(network)) {
        n++;
      }
    }
    return n;
  }
}
