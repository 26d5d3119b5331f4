package org.eksaath.genderhub.support;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, both at fixed paths
 * (overridable by {@code genderhub.browser.chromium} and {@code .chromedriver}), so that
 * Selenium never downloads a browser or a driver. The screen is a cheap phone's: 360 by
 * 640 CSS pixels, touch, a mobile user agent.
 */
public final class BrowserSupport {

	public static final String CHROMIUM = System.getProperty("genderhub.browser.chromium", "/usr/bin/chromium");

	public static final String CHROMEDRIVER = System.getProperty("genderhub.browser.chromedriver",
			"/usr/bin/chromedriver");

	private BrowserSupport() {
	}

	public static boolean required() {
		return Boolean.getBoolean("genderhub.browser.required");
	}

	public static boolean available() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	/**
	 * A new headless Chromium emulating a 360x640 phone screen, in English (the page
	 * picks its language from Accept-Language until the user chooses), with or without
	 * JavaScript.
	 */
	public static WebDriver phone(boolean javaScript) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=360,640", "--lang=en-US", "--no-first-run", "--disable-extensions",
				"--disable-background-networking", "--disable-sync", "--disable-component-update");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
				"profile.managed_default_content_settings.javascript", javaScript ? 1 : 2));
		// A desktop window is at least 500 pixels wide; the phone's screen is emulated.
		options.setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 360, "height", 640, "pixelRatio", 2.0, "touch", true),
						"userAgent", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
								+ "Chrome/120.0.0.0 Mobile Safari/537.36"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
		return driver;
	}

	/**
	 * Skips or fails a {@link RequiresBrowser} test class where the browser is missing.
	 */
	static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (available()) {
				return ConditionEvaluationResult
					.enabled("Chromium at " + CHROMIUM + ", chromedriver at " + CHROMEDRIVER);
			}
			String message = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed";
			if (required()) {
				throw new IllegalStateException(
						message + ", and genderhub.browser.required=true makes browser tests mandatory");
			}
			return ConditionEvaluationResult.disabled(message + ": skipping this browser test. "
					+ "Install them (apt-get install chromium chromium-driver, see README) to run it; CI makes it mandatory.");
		}

	}

}
