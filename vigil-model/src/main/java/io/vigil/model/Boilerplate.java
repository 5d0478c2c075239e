package io.vigil.model;

/** Why a piece of a page was removed from the article's clean text. */
public enum Boilerplate {
  SOCIAL_FOLLOW("a prompt to follow the site on social media"),
  RELATED_LINK("a link to another article"),
  AUTHOR_BIO("a biography of the author"),
  AUTHOR_LINK("a link to the author's other posts"),
  COMMENT_FORM("a comment form"),
  NEWSLETTER("a newsletter or subscription prompt"),
  SHARE_BAR("share buttons"),
  ORIGINAL_SOURCE("a note naming the original source"),
  BYLINE("the byline"),
  TITLE("the headline, kept as the title"),
  NAVIGATION("navigation, menus, footers and other page furniture"),
  ADVERTISEMENT("an advertisement"),
  COPYRIGHT("a copyright or legal notice");

  private final String description;

  Boilerplate(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
