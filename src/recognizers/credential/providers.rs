//! Provider tokens recognised by their literal prefix: one table row per format (prefix,
//! body alphabet and length, optional checksum), all driven by the scanner's single
//! Aho-Corasick pass over the prefixes.
//!
//! A few formats carry their distinguishing literal in the middle (Telegram's `:AA`,
//! Mailchimp's `-us`, Azure AD's `Q~`): those rows declare a *lead*, the run of characters
//! before the literal that belongs to the token. Access-key IDs that come with a secret
//! (AWS, Alibaba, Tencent) also pick up the secret when it is the next quoted argument.

use super::{candidate, glued_left, looks_random, run_end};
use crate::context::Input;
use crate::recognizers::{Candidate, Hit, Recognizer, Trigger};

/// A byte class of a token body.
type Class = fn(u8) -> bool;

fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}
fn hex(b: u8) -> bool {
    b.is_ascii_hexdigit()
}
fn hex_lower(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
}
fn upper_alnum(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit()
}
fn lower_alnum(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}
fn base32(b: u8) -> bool {
    b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)
}
fn url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}
fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
fn alnum_dash(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}
fn url_dot(b: u8) -> bool {
    url(b) || b == b'.'
}
fn alnum_dot(b: u8) -> bool {
    alnum(b) || b == b'.'
}
fn base64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'='
}
fn base64_any(b: u8) -> bool {
    base64(b) || b == b'_' || b == b'-'
}
fn digits(b: u8) -> bool {
    b.is_ascii_digit()
}
fn hex_dash(b: u8) -> bool {
    hex(b) || b == b'-'
}
fn bech32_upper(b: u8) -> bool {
    (b.is_ascii_uppercase() || b.is_ascii_digit()) && !matches!(b, b'1' | b'B' | b'I' | b'O')
}
fn path(b: u8) -> bool {
    url(b) || b == b'/'
}
fn teams_path(b: u8) -> bool {
    path(b) || b == b'@'
}
fn braintree(b: u8) -> bool {
    alnum(b) || b == b'$'
}
fn azure_secret(b: u8) -> bool {
    url_dot(b) || b == b'~'
}
fn django(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b"!@#$%^&*(-_=+)".contains(&b)
}

/// How a body is validated beyond its alphabet and length.
#[derive(Clone, Copy)]
enum Check {
    /// Alphabet, length and randomness only.
    Plain,
    /// GitHub/npm: the last 6 base62 characters are the CRC32 of the first 30.
    Crc32Base62,
    /// `sk-` keys shared by several AI providers: the body decides the provider.
    SkKey,
    /// A structural check on the body.
    Shape(fn(&str) -> bool),
}

/// Characters before the literal that belong to the token.
#[derive(Clone, Copy)]
struct Lead {
    class: Class,
    min: usize,
    max: usize,
    /// Whether a letter may touch the lead (Telegram tokens follow `/bot` in URLs).
    after_letters: bool,
}

/// A secret that often follows an access-key ID as the next quoted argument.
#[derive(Clone, Copy)]
struct Pair {
    kind: &'static str,
    min: usize,
    max: usize,
}

/// One provider format.
struct Provider {
    kind: &'static str,
    name: &'static str,
    prefix: &'static str,
    body: Class,
    min: usize,
    max: usize,
    check: Check,
    score: f32,
    lead: Option<Lead>,
    /// The literal is a URL host/path: the span starts at the `https://` before it.
    url: bool,
    pair: Option<Pair>,
}

const fn p(
    kind: &'static str,
    name: &'static str,
    prefix: &'static str,
    body: Class,
    min: usize,
    max: usize,
    score: f32,
) -> Provider {
    Provider {
        kind,
        name,
        prefix,
        body,
        min,
        max,
        check: Check::Plain,
        score,
        lead: None,
        url: false,
        pair: None,
    }
}

impl Provider {
    const fn check(mut self, check: Check) -> Provider {
        self.check = check;
        self
    }
    const fn lead(mut self, class: Class, min: usize, max: usize, after_letters: bool) -> Provider {
        self.lead = Some(Lead {
            class,
            min,
            max,
            after_letters,
        });
        self
    }
    const fn url(mut self) -> Provider {
        self.url = true;
        self
    }
    const fn pair(mut self, kind: &'static str, min: usize, max: usize) -> Provider {
        self.pair = Some(Pair { kind, min, max });
        self
    }
}

/// Every prefixed format. Scores: checksum or long distinctive prefix 0.95–0.99, shorter
/// or more generic prefixes 0.90–0.93 (all reported at every level).
#[rustfmt::skip]
fn table() -> Vec<Provider> {
    use Check::{Crc32Base62, Shape, SkKey};
    vec![
        // Code hosts and package registries.
        p("github_pat", "GitHub", "ghp_", alnum, 36, 36, 0.99).check(Crc32Base62),
        p("github_oauth", "GitHub", "gho_", alnum, 36, 36, 0.99).check(Crc32Base62),
        p("github_user_to_server", "GitHub", "ghu_", alnum, 36, 36, 0.99).check(Crc32Base62),
        p("github_app", "GitHub", "ghs_", alnum, 36, 36, 0.99).check(Crc32Base62),
        p("github_refresh", "GitHub", "ghr_", alnum, 36, 36, 0.99).check(Crc32Base62),
        p("github_fine_grained_pat", "GitHub", "github_pat_", word, 70, 100, 0.98),
        p("npm_token", "npm", "npm_", alnum, 36, 36, 0.99).check(Crc32Base62),
        p("gitlab_pat", "GitLab", "glpat-", url_dot, 20, 80, 0.97),
        p("gitlab_deploy_token", "GitLab", "gldt-", url, 20, 50, 0.96),
        p("gitlab_runner_token", "GitLab", "glrt-", url_dot, 20, 80, 0.96),
        p("gitlab_trigger_token", "GitLab", "glptt-", url, 20, 60, 0.96),
        p("gitlab_oauth_secret", "GitLab", "gloas-", url, 40, 80, 0.96),
        p("gitlab_ci_job_token", "GitLab", "glcbt-", url, 20, 80, 0.96),
        p("gitlab_feed_token", "GitLab", "glft-", url, 20, 40, 0.95),
        p("gitlab_agent_token", "GitLab", "glagent-", url, 40, 80, 0.96),
        p("bitbucket_app_password", "Bitbucket", "ATBB", alnum, 28, 40, 0.92),
        p("atlassian_api_token", "Atlassian", "ATATT3", base64_any, 150, 230, 0.97),
        p("dockerhub_pat", "Docker Hub", "dckr_pat_", url, 27, 40, 0.97),
        p("dockerhub_org_token", "Docker Hub", "dckr_oat_", url, 27, 40, 0.97),
        p("pypi_token", "PyPI", "pypi-AgEIcHlwaS5vcmc", url, 50, 400, 0.98),
        p("pypi_token", "TestPyPI", "pypi-AgENdGVzdC5weXBpLm9yZw", url, 50, 400, 0.98),
        p("rubygems_api_key", "RubyGems", "rubygems_", hex_lower, 48, 48, 0.97),
        p("nuget_api_key", "NuGet", "oy2", lower_alnum, 43, 43, 0.92),
        p("clojars_token", "Clojars", "CLOJARS_", hex_lower, 60, 60, 0.97),
        p("artifactory_api_key", "JFrog Artifactory", "AKCp", alnum, 69, 73, 0.92),
        p("crates_io_token", "crates.io", "cio", alnum, 32, 32, 0.9),
        p("pulumi_token", "Pulumi", "pul-", hex_lower, 40, 40, 0.97),
        p("buildkite_token", "Buildkite", "bkua_", hex_lower, 40, 40, 0.97),
        p("circleci_token", "CircleCI", "CCIPAT_", url, 40, 80, 0.97),
        p("sourcegraph_token", "Sourcegraph", "sgp_", url, 40, 80, 0.93),
        p("sonarqube_token", "SonarQube", "sqp_", hex_lower, 40, 40, 0.96),
        p("sonarqube_token", "SonarQube", "squ_", hex_lower, 40, 40, 0.96),
        p("django_secret_key", "Django", "django-insecure-", django, 50, 50, 0.95),
        p("terraform_cloud_token", "Terraform Cloud", ".atlasv1.", url, 60, 70, 0.96).lead(alnum, 14, 14, false),
        // Hosting and cloud.
        p("aws_access_key_id", "AWS", "AKIA", base32, 16, 16, 0.95).pair("aws_secret_access_key", 40, 40),
        p("aws_access_key_id", "AWS", "ASIA", base32, 16, 16, 0.95).pair("aws_secret_access_key", 40, 40),
        p("aws_access_key_id", "AWS", "ABIA", base32, 16, 16, 0.93),
        p("aws_access_key_id", "AWS", "ACCA", base32, 16, 16, 0.93),
        p("aws_session_token", "AWS", "IQoJb3JpZ2luX2Vj", base64, 100, 2000, 0.97),
        p("aws_session_token", "AWS", "FwoGZXIvYXdzE", base64, 100, 2000, 0.97),
        p("amazon_mws_token", "Amazon MWS", "amzn.mws.", hex_dash, 36, 36, 0.97),
        p("google_api_key", "Google", "AIza", url, 35, 35, 0.95),
        p("google_oauth_token", "Google OAuth", "ya29.", url_dot, 20, 2048, 0.95),
        //0",
        p("google_refresh_token", "Google OAuth", "1//0", url, 40, 512, 0.92),
        p("google_oauth_client_secret", "Google OAuth", "GOCSPX-", url, 28, 28, 0.97),
        p("fcm_server_key", "Firebase Cloud Messaging", ":APA91b", url, 120, 160, 0.96).lead(url, 11, 11, false),
        p("alibaba_access_key_id", "Alibaba Cloud", "LTAI", alnum, 12, 24, 0.93).pair("alibaba_access_key_secret", 30, 30),
        p("tencent_secret_id", "Tencent Cloud", "AKID", alnum, 32, 32, 0.93).pair("tencent_secret_key", 32, 32),
        p("volcengine_access_key_id", "Volcengine", "AKLT", base64, 36, 60, 0.9),
        p("azure_ad_client_secret", "Azure AD", "Q~", azure_secret, 31, 34, 0.93).lead(alnum, 4, 4, false).check(Shape(|b| !b.contains(".."))),
        p("digitalocean_token", "DigitalOcean", "dop_v1_", hex_lower, 64, 64, 0.98),
        p("digitalocean_oauth_token", "DigitalOcean", "doo_v1_", hex_lower, 64, 64, 0.98),
        p("digitalocean_refresh_token", "DigitalOcean", "dor_v1_", hex_lower, 64, 64, 0.98),
        p("databricks_token", "Databricks", "dapi", hex_lower, 32, 32, 0.93),
        p("heroku_api_key", "Heroku", "HRKU-", url, 58, 70, 0.96),
        p("cloudflare_origin_ca_key", "Cloudflare", "v1.0-", hex_dash, 150, 180, 0.96),
        p("netlify_token", "Netlify", "nfp_", alnum, 36, 40, 0.96),
        p("render_api_key", "Render", "rnd_", alnum, 32, 32, 0.92),
        p("supabase_token", "Supabase", "sbp_", hex_lower, 40, 40, 0.97),
        p("supabase_secret_key", "Supabase", "sb_secret_", url, 30, 40, 0.97),
        p("planetscale_token", "PlanetScale", "pscale_tkn_", url, 40, 64, 0.97),
        p("planetscale_password", "PlanetScale", "pscale_pw_", url, 40, 64, 0.97),
        p("planetscale_oauth_token", "PlanetScale", "pscale_oauth_", url, 40, 64, 0.97),
        p("neon_api_key", "Neon", "napi_", alnum, 60, 70, 0.95),
        p("doppler_token", "Doppler", "dp.pt.", alnum, 40, 44, 0.97),
        p("doppler_token", "Doppler", "dp.st.", alnum_dot, 40, 70, 0.97),
        p("doppler_token", "Doppler", "dp.ct.", alnum, 40, 44, 0.97),
        p("doppler_token", "Doppler", "dp.sa.", alnum, 40, 44, 0.97),
        p("doppler_token", "Doppler", "dp.scim.", alnum, 40, 44, 0.97),
        p("doppler_token", "Doppler", "dp.audit.", alnum, 40, 44, 0.97),
        p("vault_token", "HashiCorp Vault", "hvs.", url, 24, 200, 0.96),
        p("vault_token", "HashiCorp Vault", "hvb.", url, 100, 400, 0.96),
        p("vault_token", "HashiCorp Vault", "hvr.", url, 24, 200, 0.95),
        p("dynatrace_token", "Dynatrace", "dt0c01.", url_dot, 89, 89, 0.97),
        p("scalingo_token", "Scalingo", "tk-us-", url, 48, 48, 0.96),
        p("frameio_token", "Frame.io", "fio-u-", url, 64, 64, 0.96),
        p("age_secret_key", "age", "AGE-SECRET-KEY-1", bech32_upper, 58, 58, 0.99),
        p("onepassword_service_token", "1Password", "ops_eyJ", base64_any, 100, 1500, 0.97),
        p("grafana_service_account_token", "Grafana", "glsa_", word, 41, 41, 0.97),
        p("grafana_cloud_token", "Grafana Cloud", "glc_eyJ", base64, 40, 400, 0.97),
        p("newrelic_api_key", "New Relic", "NRAK-", upper_alnum, 27, 27, 0.96),
        p("newrelic_insights_key", "New Relic", "NRII-", url, 32, 32, 0.95),
        p("sentry_token", "Sentry", "sntrys_eyJ", base64_any, 60, 400, 0.98),
        p("sentry_token", "Sentry", "sntryu_", hex_lower, 64, 64, 0.98),
        p("sentry_token", "Sentry", "sntrya_", hex_lower, 64, 64, 0.98),
        p("okta_api_token", "Okta", "SSWS ", url, 40, 42, 0.9),
        // AI providers.
        p("openai_api_key", "OpenAI", "sk-proj-", url, 40, 250, 0.98),
        p("openai_api_key", "OpenAI", "sk-svcacct-", url, 40, 250, 0.98),
        p("openai_api_key", "OpenAI", "sk-admin-", url, 40, 250, 0.98),
        p("openai_api_key", "OpenAI", "sk-None-", url, 40, 250, 0.97),
        p("anthropic_api_key", "Anthropic", "sk-ant-", url, 80, 130, 0.98),
        p("openrouter_api_key", "OpenRouter", "sk-or-v1-", hex_lower, 64, 64, 0.98),
        p("openai_api_key", "OpenAI-compatible", "sk-", alnum, 20, 100, 0.9).check(SkKey),
        p("groq_api_key", "Groq", "gsk_", alnum, 50, 54, 0.97),
        p("xai_api_key", "xAI", "xai-", alnum, 70, 90, 0.97),
        p("perplexity_api_key", "Perplexity", "pplx-", alnum, 40, 56, 0.97),
        p("huggingface_token", "Hugging Face", "hf_", alnum, 34, 40, 0.95),
        p("huggingface_token", "Hugging Face", "api_org_", alnum, 34, 34, 0.95),
        p("replicate_token", "Replicate", "r8_", alnum, 36, 40, 0.95),
        p("tavily_api_key", "Tavily", "tvly-", url, 32, 48, 0.96),
        p("firecrawl_api_key", "Firecrawl", "fc-", hex_lower, 32, 32, 0.9),
        p("nvidia_api_key", "NVIDIA", "nvapi-", url, 64, 64, 0.97),
        p("langsmith_api_key", "LangSmith", "lsv2_pt_", word, 40, 50, 0.97),
        p("langsmith_api_key", "LangSmith", "lsv2_sk_", word, 40, 50, 0.97),
        p("pinecone_api_key", "Pinecone", "pcsk_", word, 60, 100, 0.96),
        p("together_api_key", "Together AI", "tgp_v1_", url, 40, 50, 0.96),
        p("fireworks_api_key", "Fireworks AI", "fw_", alnum, 24, 24, 0.9),
        // Chat, payments, mail, productivity.
        p("slack_bot_token", "Slack", "xoxb-", alnum_dash, 20, 200, 0.97).check(Shape(slack)),
        p("slack_user_token", "Slack", "xoxp-", alnum_dash, 20, 200, 0.97).check(Shape(slack)),
        p("slack_workspace_token", "Slack", "xoxa-", alnum_dash, 20, 200, 0.96).check(Shape(slack)),
        p("slack_refresh_token", "Slack", "xoxr-", alnum_dash, 20, 200, 0.96).check(Shape(slack)),
        p("slack_session_token", "Slack", "xoxs-", alnum_dash, 20, 200, 0.96).check(Shape(slack)),
        p("slack_config_token", "Slack", "xoxe.xoxp-", alnum_dash, 20, 200, 0.97),
        p("slack_refresh_token", "Slack", "xoxe-", alnum_dash, 20, 200, 0.96).check(Shape(slack)),
        p("slack_app_token", "Slack", "xapp-", alnum_dash, 20, 200, 0.97).check(Shape(slack)),
        p("slack_webhook", "Slack", "hooks.slack.com/services/", path, 20, 80, 0.98).url().check(Shape(slack_webhook)),
        p("slack_webhook", "Slack", "hooks.slack.com/workflows/", path, 20, 120, 0.97).url(),
        p("discord_webhook", "Discord", "discord.com/api/webhooks/", path, 60, 100, 0.98).url().check(Shape(discord_webhook)),
        p("discord_webhook", "Discord", "discordapp.com/api/webhooks/", path, 60, 100, 0.98).url().check(Shape(discord_webhook)),
        p("teams_webhook", "Microsoft Teams", ".webhook.office.com/webhookb2/", teams_path, 60, 250, 0.96).lead(alnum_dash, 1, 40, false).url(),
        p("telegram_bot_token", "Telegram", ":AA", url, 30, 40, 0.95).lead(digits, 8, 10, true),
        p("stripe_secret_key", "Stripe", "sk_live_", alnum, 20, 250, 0.98),
        p("stripe_secret_key", "Stripe", "sk_test_", alnum, 20, 250, 0.92),
        p("stripe_restricted_key", "Stripe", "rk_live_", alnum, 20, 250, 0.98),
        p("stripe_restricted_key", "Stripe", "rk_test_", alnum, 20, 250, 0.92),
        p("stripe_webhook_secret", "Stripe", "whsec_", base64, 32, 64, 0.95),
        p("square_access_token", "Square", "EAAA", url, 60, 60, 0.92),
        p("square_access_token", "Square", "sq0atp-", url, 22, 22, 0.97),
        p("square_oauth_secret", "Square", "sq0csp-", url, 43, 43, 0.97),
        p("shopify_access_token", "Shopify", "shpat_", hex, 32, 32, 0.98),
        p("shopify_access_token", "Shopify", "shpca_", hex, 32, 32, 0.98),
        p("shopify_access_token", "Shopify", "shppa_", hex, 32, 32, 0.98),
        p("shopify_shared_secret", "Shopify", "shpss_", hex, 32, 32, 0.98),
        p("braintree_access_token", "PayPal Braintree", "access_token$production$", braintree, 40, 60, 0.98),
        p("braintree_access_token", "PayPal Braintree", "access_token$sandbox$", braintree, 40, 60, 0.95),
        p("twilio_api_key", "Twilio", "SK", hex_lower, 32, 32, 0.9),
        p("sendgrid_api_key", "SendGrid", "SG.", url_dot, 66, 66, 0.98).check(Shape(sendgrid)),
        p("mailgun_api_key", "Mailgun", "key-", hex_lower, 32, 32, 0.9),
        p("mailchimp_api_key", "Mailchimp", "-us", digits, 1, 2, 0.93).lead(hex_lower, 32, 32, false),
        p("brevo_api_key", "Brevo", "xkeysib-", alnum_dash, 81, 81, 0.98),
        p("brevo_smtp_key", "Brevo", "xsmtpsib-", alnum_dash, 81, 81, 0.98),
        p("resend_api_key", "Resend", "re_", word, 30, 40, 0.9).check(Shape(|b| b.contains('_'))),
        p("mailersend_api_key", "MailerSend", "mlsn.", alnum, 64, 70, 0.96),
        p("linear_api_key", "Linear", "lin_api_", alnum, 40, 40, 0.97),
        p("linear_oauth_token", "Linear", "lin_oauth_", alnum, 40, 70, 0.97),
        p("notion_token", "Notion", "secret_", alnum, 43, 43, 0.9),
        p("notion_token", "Notion", "ntn_", alnum, 46, 46, 0.95),
        p("postman_api_key", "Postman", "PMAK-", hex_dash, 59, 59, 0.98),
        p("figma_token", "Figma", "figd_", url, 40, 40, 0.96),
        p("typeform_token", "Typeform", "tfp_", url_dot, 40, 60, 0.93),
        p("contentful_token", "Contentful", "CFPAT-", url, 43, 43, 0.96),
        p("shippo_api_token", "Shippo", "shippo_live_", hex_lower, 40, 40, 0.98),
        p("shippo_api_token", "Shippo", "shippo_test_", hex_lower, 40, 40, 0.95),
        p("flutterwave_secret_key", "Flutterwave", "FLWSECK-", url, 33, 40, 0.96),
        p("flutterwave_secret_key", "Flutterwave", "FLWSECK_TEST-", url, 33, 40, 0.95),
        p("plaid_access_token", "Plaid", "access-production-", hex_dash, 36, 36, 0.96),
        p("plaid_access_token", "Plaid", "access-development-", hex_dash, 36, 36, 0.95),
        p("easypost_api_key", "EasyPost", "EZAK", alnum, 54, 54, 0.93),
        p("duffel_token", "Duffel", "duffel_live_", url, 43, 43, 0.97),
        p("prefect_api_key", "Prefect", "pnu_", alnum, 36, 36, 0.96),
        p("readme_api_key", "ReadMe", "rdme_", alnum, 70, 70, 0.96),
        p("adafruit_io_key", "Adafruit IO", "aio_", alnum, 28, 28, 0.9),
        p("infracost_api_key", "Infracost", "ico-", alnum, 32, 32, 0.9),
        p("mapbox_secret_token", "Mapbox", "sk.eyJ", url_dot, 80, 300, 0.96),
        p("facebook_access_token", "Meta", "EAACEdEose0cBA", alnum, 20, 300, 0.95),
        p("dropbox_token", "Dropbox", "sl.", url_dot, 130, 1400, 0.93),
        p("yandex_api_key", "Yandex Cloud", "AQVN", url, 35, 38, 0.9),
        p("yandex_oauth_token", "Yandex", "y0_", url, 55, 70, 0.9),
    ]
}

/// Slack tokens are dash-separated groups that start with digits.
fn slack(body: &str) -> bool {
    body.split('-').count() >= 3 && body.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// `T…/B…/secret` after `hooks.slack.com/services/`.
fn slack_webhook(body: &str) -> bool {
    let parts: Vec<&str> = body.split('/').collect();
    parts.len() == 3
        && parts[0].starts_with('T')
        && parts[1].starts_with('B')
        && parts[2].len() >= 20
        && parts
            .iter()
            .all(|s| s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `<numeric id>/<token>` after `discord.com/api/webhooks/`.
fn discord_webhook(body: &str) -> bool {
    match body.split_once('/') {
        Some((id, token)) => {
            (17..=20).contains(&id.len())
                && id.bytes().all(|b| b.is_ascii_digit())
                && (60..=70).contains(&token.len())
                && token.bytes().all(url)
        }
        None => false,
    }
}

/// `SG.<22>.<43>`.
fn sendgrid(body: &str) -> bool {
    matches!(body.split_once('.'), Some((a, b)) if a.len() == 22 && b.len() == 43 && !b.contains('.'))
}

/// The provider behind an `sk-` key with an alphanumeric body, and the score.
fn sk_key(input: &Input<'_>, start: usize, end: usize, body: &str) -> Option<(&'static str, f32)> {
    let near = |words: &[&str]| input.has_keyword_near(start, end, 160, words);
    let all_hex = body.bytes().all(hex_lower);
    if body.len() == 32 && all_hex {
        if near(&["dashscope", "qwen", "aliyun", "bailian", "通义", "百炼"]) {
            return Some(("dashscope_api_key", 0.9));
        }
        return Some(("deepseek_api_key", 0.92));
    }
    if body.contains("T3BlbkFJ") {
        return Some(("openai_api_key", 0.98));
    }
    if body.len() == 48 {
        if body.bytes().all(|b| b.is_ascii_lowercase()) {
            return Some(("siliconflow_api_key", 0.9));
        }
        return Some(("moonshot_api_key", 0.92));
    }
    let mixed =
        body.bytes().any(|b| b.is_ascii_digit()) && body.bytes().any(|b| b.is_ascii_alphabetic());
    (body.len() >= 32 && mixed).then_some(("openai_api_key", 0.9))
}

/// The prefixed-token recognizer.
pub(super) struct Providers {
    table: Vec<Provider>,
    /// Distinct prefixes, in anchor order.
    anchors: Vec<&'static str>,
    /// For each anchor, the table rows that use it.
    rows: Vec<Vec<usize>>,
}

impl Providers {
    pub(super) fn new() -> Providers {
        let table = table();
        let mut anchors: Vec<&'static str> = Vec::new();
        let mut rows: Vec<Vec<usize>> = Vec::new();
        for (row, provider) in table.iter().enumerate() {
            match anchors.iter().position(|a| *a == provider.prefix) {
                Some(i) => rows[i].push(row),
                None => {
                    anchors.push(provider.prefix);
                    rows.push(vec![row]);
                }
            }
        }
        Providers {
            table,
            anchors,
            rows,
        }
    }

    fn try_row(&self, input: &Input<'_>, provider: &Provider, hit: &Hit, out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        // The literal must match exactly (the shared automaton ignores ASCII case).
        if text.get(hit.start..hit.end) != Some(provider.prefix) {
            return;
        }
        let mut start = hit.start;
        if let Some(lead) = provider.lead {
            let mut i = hit.start;
            while i > 0 && hit.start - i <= lead.max && (lead.class)(bytes[i - 1]) {
                i -= 1;
            }
            let len = hit.start - i;
            if len < lead.min || len > lead.max {
                return;
            }
            let before = i.checked_sub(1).map(|j| bytes[j]);
            let glued = before.is_some_and(|b| {
                if lead.after_letters {
                    b.is_ascii_digit() || b == b'_'
                } else {
                    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
                }
            });
            if glued {
                return;
            }
            start = i;
        } else if !provider.url && glued_left(text, hit.start) {
            return;
        }
        if provider.url {
            for scheme in ["https://", "http://"] {
                if text.get(..start).is_some_and(|t| t.ends_with(scheme)) {
                    start -= scheme.len();
                    break;
                }
            }
        }
        let mut end = run_end(text, hit.end, provider.max + 1, provider.body);
        // A sentence full stop after a token whose alphabet allows dots.
        while end > hit.end + provider.min && bytes[end - 1] == b'.' {
            end -= 1;
        }
        let len = end - hit.end;
        if len < provider.min || len > provider.max {
            return;
        }
        if bytes
            .get(end)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
        {
            return;
        }
        let body = &text[hit.end..end];
        let random_part = if provider.lead.is_some() {
            &text[start..end]
        } else {
            body
        };
        if random_part.len() >= 8 && !looks_random(random_part) {
            return;
        }
        let (kind, score, reason) = match provider.check {
            Check::Plain => (
                provider.kind,
                provider.score,
                format!("{} token format '{}'", provider.name, provider.prefix),
            ),
            Check::Shape(ok) => {
                if !ok(body) {
                    return;
                }
                (
                    provider.kind,
                    provider.score,
                    format!("{} token format '{}'", provider.name, provider.prefix),
                )
            }
            Check::Crc32Base62 => {
                let (random, check) = body.split_at(30);
                if super::base62(super::crc32(random.as_bytes()), 6) != check {
                    return;
                }
                (
                    provider.kind,
                    provider.score,
                    format!(
                        "{} token '{}' with valid CRC32 checksum",
                        provider.name, provider.prefix
                    ),
                )
            }
            Check::SkKey => match sk_key(input, start, end, body) {
                Some((kind, score)) => (kind, score, format!("'sk-' API key ({kind})")),
                None => return,
            },
        };
        out.push(candidate(start, end, kind, score, reason));
        if let Some(pair) = provider.pair {
            if let Some((s, e)) = paired_secret(text, end, pair) {
                out.push(candidate(
                    s,
                    e,
                    pair.kind,
                    0.85,
                    format!("secret passed right after a {} key ID", provider.name),
                ));
            }
        }
    }
}

/// The secret in `("<id>", "<secret>")`: the next quoted argument after the ID ending at `at`.
fn paired_secret(text: &str, at: usize, pair: Pair) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = at;
    if matches!(bytes.get(i), Some(b'"' | b'\'')) {
        i += 1;
    }
    while matches!(bytes.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    if bytes.get(i) != Some(&b',') {
        return None;
    }
    i += 1;
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n')) && i - at < 16 {
        i += 1;
    }
    let quote = *bytes.get(i)?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let start = i + 1;
    let end = run_end(text, start, pair.max + 1, base64);
    let len = end - start;
    ((pair.min..=pair.max).contains(&len)
        && bytes.get(end) == Some(&quote)
        && looks_random(&text[start..end]))
    .then_some((start, end))
}

impl Recognizer for Providers {
    fn kinds(&self) -> &'static [&'static str] {
        KINDS
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(self.anchors.clone())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        for hit in hits {
            if let Some(rows) = self.rows.get(hit.anchor) {
                for &row in rows {
                    self.try_row(input, &self.table[row], hit, out);
                }
            }
        }
    }
}

/// Every kind of the table, plus the paired secrets and the `sk-` variants.
const KINDS: &[&str] = &[
    "adafruit_io_key",
    "age_secret_key",
    "alibaba_access_key_id",
    "alibaba_access_key_secret",
    "amazon_mws_token",
    "anthropic_api_key",
    "artifactory_api_key",
    "atlassian_api_token",
    "aws_access_key_id",
    "aws_secret_access_key",
    "aws_session_token",
    "azure_ad_client_secret",
    "bitbucket_app_password",
    "braintree_access_token",
    "brevo_api_key",
    "brevo_smtp_key",
    "buildkite_token",
    "circleci_token",
    "clojars_token",
    "cloudflare_origin_ca_key",
    "contentful_token",
    "crates_io_token",
    "dashscope_api_key",
    "databricks_token",
    "deepseek_api_key",
    "digitalocean_oauth_token",
    "digitalocean_refresh_token",
    "digitalocean_token",
    "discord_webhook",
    "django_secret_key",
    "dockerhub_org_token",
    "dockerhub_pat",
    "doppler_token",
    "dropbox_token",
    "duffel_token",
    "dynatrace_token",
    "easypost_api_key",
    "facebook_access_token",
    "fcm_server_key",
    "figma_token",
    "firecrawl_api_key",
    "fireworks_api_key",
    "flutterwave_secret_key",
    "frameio_token",
    "github_app",
    "github_fine_grained_pat",
    "github_oauth",
    "github_pat",
    "github_refresh",
    "github_user_to_server",
    "gitlab_agent_token",
    "gitlab_ci_job_token",
    "gitlab_deploy_token",
    "gitlab_feed_token",
    "gitlab_oauth_secret",
    "gitlab_pat",
    "gitlab_runner_token",
    "gitlab_trigger_token",
    "google_api_key",
    "google_oauth_client_secret",
    "google_oauth_token",
    "google_refresh_token",
    "grafana_cloud_token",
    "grafana_service_account_token",
    "groq_api_key",
    "heroku_api_key",
    "huggingface_token",
    "infracost_api_key",
    "langsmith_api_key",
    "linear_api_key",
    "linear_oauth_token",
    "mailchimp_api_key",
    "mailersend_api_key",
    "mailgun_api_key",
    "mapbox_secret_token",
    "moonshot_api_key",
    "neon_api_key",
    "netlify_token",
    "newrelic_api_key",
    "newrelic_insights_key",
    "notion_token",
    "npm_token",
    "nuget_api_key",
    "nvidia_api_key",
    "okta_api_token",
    "onepassword_service_token",
    "openai_api_key",
    "openrouter_api_key",
    "perplexity_api_key",
    "pinecone_api_key",
    "plaid_access_token",
    "planetscale_oauth_token",
    "planetscale_password",
    "planetscale_token",
    "postman_api_key",
    "prefect_api_key",
    "pulumi_token",
    "pypi_token",
    "readme_api_key",
    "render_api_key",
    "replicate_token",
    "resend_api_key",
    "rubygems_api_key",
    "scalingo_token",
    "sendgrid_api_key",
    "sentry_token",
    "shippo_api_token",
    "shopify_access_token",
    "shopify_shared_secret",
    "siliconflow_api_key",
    "slack_app_token",
    "slack_bot_token",
    "slack_config_token",
    "slack_refresh_token",
    "slack_session_token",
    "slack_user_token",
    "slack_webhook",
    "slack_workspace_token",
    "sonarqube_token",
    "sourcegraph_token",
    "square_access_token",
    "square_oauth_secret",
    "stripe_restricted_key",
    "stripe_secret_key",
    "stripe_webhook_secret",
    "supabase_secret_key",
    "supabase_token",
    "tavily_api_key",
    "teams_webhook",
    "telegram_bot_token",
    "tencent_secret_id",
    "tencent_secret_key",
    "terraform_cloud_token",
    "together_api_key",
    "twilio_api_key",
    "typeform_token",
    "vault_token",
    "volcengine_access_key_id",
    "xai_api_key",
    "yandex_api_key",
    "yandex_oauth_token",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_kind_is_declared_and_prefixes_are_distinct_per_row() {
        for row in table() {
            assert!(KINDS.contains(&row.kind), "{} missing from KINDS", row.kind);
            assert!(row.min <= row.max, "{}", row.prefix);
        }
        let mut sorted = KINDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, KINDS, "KINDS stays sorted");
    }
}
