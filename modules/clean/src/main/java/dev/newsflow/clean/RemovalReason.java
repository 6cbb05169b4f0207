package dev.newsflow.clean;

/** Why a piece of the page did not make it into the article text. */
public enum RemovalReason {
    /** Injected SEO spam (porn, gambling, fake documents, spider-pool link farms). */
    SPAM,
    /** Site chrome: navigation, breadcrumbs, login bars, share buttons, related lists, footers, pagination. */
    BOILERPLATE
}
