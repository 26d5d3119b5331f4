package org.eksaath.genderhub.intake.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.eksaath.genderhub.support.BrowserSupport;
import org.eksaath.genderhub.support.RequiresBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert web form as a Saathi uses it: in a real headless Chromium with a cheap
 * phone's 360x640 window, clicking links and buttons and typing. The one-time code is
 * read from the notification outbox, where the SMS that carries it is recorded (as in
 * {@link IntakeIT}). The form promises to need no JavaScript, so one run has it switched
 * off.
 */
@RequiresBrowser
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { IntakeClient.PROPERTIES, "genderhub.intake.twilio-auth-token=" + IntakeClient.TWILIO_TOKEN,
				"genderhub.intake.gateway-signing-key=" + IntakeClient.GATEWAY_KEY,
				"genderhub.intake.api-keys=partner-a=" + IntakeClient.API_KEY,
				"genderhub.notification.dispatcher.enabled=false" })
class AlertFormBrowserIT {

	/*
	 * Saathis no other test uses: this class shares its application context with
	 * IntakeIT, whose alerts must not become duplicates of these.
	 */

	/** Demo Saathi 005, Hindi, Mohanlalganj. */
	static final String SAATHI_HI = "+915000100005";

	/** Demo Saathi 006, English, Mohanlalganj. */
	static final String SAATHI_EN = "+915000100006";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimiter limiter;

	WebDriver browser;

	@BeforeEach
	void setUp() {
		this.limiter.reset();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aSaathiSwitchesToHindiSignsInWithTheCodeFromHisSmsAndSeesHisCaseNumber() {
		this.browser = BrowserSupport.phone(true);
		this.browser.get(url("/alert"));
		// Chromium asks for English; the Saathi switches to Hindi with the link at the
		// top.
		assertThat(htmlLang()).isEqualTo("en");
		assertThat(((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("return window.innerWidth"))
			.isEqualTo(360L);
		// Nothing wider than the phone's screen: no sideways scrolling.
		assertThat(((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth")).isEqualTo(360L);
		this.browser.findElement(By.linkText("हिन्दी")).click();
		assertThat(htmlLang()).isEqualTo("hi");
		assertThat(text("label")).contains("आपका पंजीकृत फ़ोन नंबर");

		this.browser.findElement(By.name("phone")).sendKeys("5000100005");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		await(By.name("code"));
		assertThat(text("h1")).isEqualTo("कोड डालें");
		String code = latestCode(SAATHI_HI);

		this.browser.findElement(By.name("code")).sendKeys(code);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		await(By.name("place"));
		assertThat(htmlLang()).isEqualTo("hi");
		new Select(this.browser.findElement(By.name("type"))).selectByValue("SHAADI");
		this.browser.findElement(By.name("place")).sendKeys("Mohanlalganj");
		this.browser.findElement(By.name("details")).sendKeys("शादी रविवार को है");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		await(By.cssSelector(".ok"));

		Map<String, Object> alert = latestAlert(SAATHI_HI);
		assertThat(alert).containsEntry("CHANNEL", "WEB_FORM");
		assertThat((String) alert.get("CASE_REFERENCE")).isNotBlank();
		screenshot("alert-form-hi-case.png");
		assertThat(text(".ok")).isEqualTo("आपका अलर्ट केस");
		assertThat(text(".ref")).isEqualTo(alert.get("CASE_REFERENCE"));
		assertThat(this.jdbc.queryForObject("select sub_type from case_record where id = ?", String.class,
				alert.get("CASE_ID")))
			.isEqualTo("CHILD_MARRIAGE");
	}

	@Test
	void withoutJavaScriptAWrongCodeIsRefusedClearlyAndTheRightOneLetsTheAlertThrough() {
		this.browser = BrowserSupport.phone(false);
		// JavaScript really is off in this browser: the page's script does not run.
		this.browser.get("data:text/html,<title>off</title><script>document.title='on'</script>");
		assertThat(this.browser.getTitle()).isEqualTo("off");

		this.browser.get(url("/alert"));
		assertThat(text("label")).contains("Your registered phone number");
		// Enter, as a phone keyboard's Go key: chromedriver's click on a submit button
		// never returns on a page without JavaScript under phone emulation.
		this.browser.findElement(By.name("phone")).sendKeys("+91 50001 00006", Keys.ENTER);
		await(By.name("code"));
		String code = latestCode(SAATHI_EN);

		this.browser.findElement(By.name("code")).sendKeys(code.equals("000000") ? "111111" : "000000", Keys.ENTER);
		await(By.cssSelector(".err"));
		assertThat(text(".err")).isEqualTo("The code is wrong or has expired.");
		assertThat(this.browser.findElements(By.name("place"))).isEmpty();

		this.browser.findElement(By.name("code")).sendKeys(code, Keys.ENTER);
		await(By.name("place"));
		new Select(this.browser.findElement(By.name("type"))).selectByValue("DV");
		this.browser.findElement(By.name("details")).sendKeys("shouting every night");
		this.browser.findElement(By.name("place")).sendKeys("Malihabad", Keys.ENTER);
		await(By.cssSelector(".ok"));

		Map<String, Object> alert = latestAlert(SAATHI_EN);
		assertThat(alert).containsEntry("CHANNEL", "WEB_FORM");
		assertThat(text(".ok")).isEqualTo("Your alert is case");
		assertThat(text(".ref")).isEqualTo(alert.get("CASE_REFERENCE")).isNotBlank();
	}

	/** Kept under target/ for a person to look at what the Saathi saw. */
	private void screenshot(String name) {
		try {
			java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(dir);
			java.nio.file.Files.write(dir.resolve(name), ((org.openqa.selenium.TakesScreenshot) this.browser)
				.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Waits for the next page to show this element. */
	private void await(By element) {
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(20))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(element));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String htmlLang() {
		return this.browser.findElement(By.tagName("html")).getAttribute("lang");
	}

	private String text(String css) {
		WebElement element = this.browser.findElement(By.cssSelector(css));
		return element.getText().strip();
	}

	private String latestCode(String phone) {
		String body = this.jdbc.queryForObject(
				"select body from notification where template = 'ONE_TIME_CODE' and address = ? order by created_at desc limit 1",
				String.class, phone);
		Matcher m = Pattern.compile("(\\d{6})").matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return m.group(1);
	}

	private Map<String, Object> latestAlert(String phone) {
		return this.jdbc.queryForList(
				"select * from intake_alert where sender_phone = ? order by received_at desc, processed_at desc", phone)
			.get(0);
	}

}
