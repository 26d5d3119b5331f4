package org.eksaath.genderhub.directory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ContactView;
import org.eksaath.genderhub.directory.DirectoryLookup;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.directory.ProviderView;
import org.eksaath.genderhub.shared.Language;
import org.eksaath.genderhub.shared.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ DirectoryImporter.class, JpaDirectoryLookup.class, DirectoryConfiguration.class, DirectoryTables.class })
@EnableConfigurationProperties(DirectoryProperties.class)
@TestPropertySource(properties = "genderhub.directory.fictional-number-prefixes=+915000")
class DirectoryImportTest {

	@Autowired
	DirectoryImporter importer;

	@Autowired
	DirectoryLookup lookup;

	@Autowired
	ContactRepository contacts;

	@Autowired
	SaathiRepository saathis;

	@Autowired
	DistrictRepository districts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void emptyDirectory() {
		for (String table : List.of("dir_saathi", "dir_contact", "dir_womens_group_block", "dir_womens_group",
				"dir_provider_block", "dir_provider", "dir_hub_block", "dir_hub", "dir_block", "dir_district",
				"dir_state")) {
			this.jdbc.update("delete from " + table);
		}
	}

	@Test
	void importsTheDemoFilesAndAnswersWhoServesAPlace() {
		int rows = importDemo();

		assertThat(rows).isEqualTo(3 + 6 + 12 + 15 + 60 + 6 + 156 + 24);
		assertThat(this.lookup.hubFor(Tier.COMMUNITY, "UP", "UP-LKO", "UP-LKO-MAL")).get()
			.satisfies(hub -> assertThat(hub.code()).isEqualTo("HUB-UP-LKO-C"));
		assertThat(this.lookup.hubFor(Tier.STATE, "MP", "MP-SEH", null)).get()
			.satisfies(hub -> assertThat(hub.code()).isEqualTo("HUB-MP-S"));
		List<ContactView> district = this.lookup.responders(Tier.DISTRICT, "UK", "UK-DDN", "UK-DDN-DOI");
		assertThat(district).hasSize(2).allSatisfy(c -> assertThat(c.role()).isEqualTo(ContactRole.DISTRICT_OFFICIAL));
		assertThat(district).extracting(ContactView::language).containsExactly(Language.HI, Language.EN);
		List<ProviderView> police = this.lookup.providersServing("UP-LKO", "UP-LKO-MAL",
				List.of(ProviderCategory.POLICE));
		// The block's own police post comes before the district's police station.
		assertThat(police).extracting(ProviderView::code).containsExactly("PRV-UP-LKO-MAL-POLICE", "PRV-UP-LKO-POLICE");
		assertThat(this.lookup.providerContacts(police.get(0).id())).hasSize(2);
		assertThat(this.lookup.saathiByPhone("050001 00001")).get()
			.satisfies(s -> assertThat(s.districtCode()).isEqualTo("UP-LKO"));
		assertThat(this.lookup.womensGroupContacts("MP-BPL", "MP-BPL-BER")).hasSize(1);
		assertThat(this.lookup.isKnownPlace("UP", "UP-LKO", "UP-LKO-BKT")).isTrue();
		assertThat(this.lookup.isKnownPlace("UP", "UP-LKO", "MP-BPL-BER")).isFalse();
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() {
		importDemo();
		for (DirectoryKind kind : DirectoryKind.values()) {
			ImportResult again = this.importer.importCsv(kind, demo(kind));
			assertThat(again.created()).as(kind.fileName()).isZero();
			assertThat(again.updated()).as(kind.fileName()).isZero();
			assertThat(again.unchanged()).as(kind.fileName()).isPositive();
		}
	}

	@Test
	void aChangedRowUpdatesOnlyThatRow() {
		importDemo();
		ImportResult result = this.importer.importCsv(DirectoryKind.DISTRICTS, csv("""
				code,state_code,name,name_hi,lgd_code
				UP-LKO,UP,Lucknow,लखनऊ,162
				UP-VNS,UP,Varanasi,वाराणसी,
				"""));

		assertThat(result).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
			.containsExactly(0, 1, 1);
		assertThat(this.districts.findByCode("UP-LKO")).get().extracting(d -> d.lgdCode).isEqualTo("162");
	}

	@Test
	void anUnknownDistrictRejectsTheWholeFile() {
		importDemo();
		long before = this.saathis.count();

		assertRejected(DirectoryKind.SAATHIS, """
				phone,name,district_code,block_code,language
				+91 50009 00001,Demo Saathi A,UP-LKO,UP-LKO-MAL,hi
				+91 50009 00002,Demo Saathi B,UP-XYZ,,hi
				""", tuple(3L, "district_code", "unknown district 'UP-XYZ'"));
		assertThat(this.saathis.count()).isEqualTo(before);
		assertThat(this.saathis.findByPhone("+915000900001")).isEmpty();
	}

	@Test
	void anInvalidPhoneRejectsTheFile() {
		importDemo();

		assertRejected(DirectoryKind.CONTACTS, """
				phone,name,role,language,hub_code
				98765,Demo Coordinator X,HUB_COORDINATOR,hi,HUB-UP-LKO-C
				+91 55500 00001,Demo Coordinator Y,HUB_COORDINATOR,en,HUB-UP-LKO-C
				""", tuple(2L, "phone", "'98765' is not a valid phone number (India is the default country)"),
				tuple(3L, "phone", "'+91 55500 00001' is not a valid phone number (India is the default country)"));
	}

	@Test
	void aDuplicatePhoneRejectsTheFileNamingBothRows() {
		importDemo();
		long before = this.contacts.count();

		assertRejected(DirectoryKind.CONTACTS, """
				phone,name,role,language,hub_code
				+91 50009 00011,Demo Coordinator X,HUB_COORDINATOR,hi,HUB-UP-LKO-C
				050009 00011,Demo Coordinator Y,HUB_COORDINATOR,en,HUB-UP-LKO-C
				""", tuple(3L, "phone", "duplicate phone '+915000900011', also on row 2"));
		assertThat(this.contacts.count()).isEqualTo(before);
	}

	@Test
	void aMissingColumnRejectsTheFileBeforeAnyRowIsRead() {
		assertRejected(DirectoryKind.STATES, """
				code,name_hi
				UP,उत्तर प्रदेश
				""", tuple(1L, "name", "required column is missing"));
	}

	@Test
	void anUnknownColumnIsReportedRatherThanIgnored() {
		assertRejected(DirectoryKind.STATES, """
				code,name,nmae_hi
				UP,Uttar Pradesh,x
				""", tuple(1L, "nmae_hi", "unknown column for states.csv (expected code, name, name_hi, lgd_code)"));
	}

	@Test
	void everyBadRowIsReportedAtOnce() {
		importDemo();
		long before = this.contacts.count();

		ImportRejected rejected = catchRejected(DirectoryKind.CONTACTS, """
				phone,name,role,language,email,hub_code,provider_code
				+91 50009 00021,,HUB_COORDINATOR,hi,,HUB-UP-LKO-C,
				+91 50009 00022,Demo Desk,PROVIDER_DESK,xx,not-an-email,,PRV-UP-LKO-POLICE
				+91 50009 00023,Demo Official,DISTRICT_OFFICIAL,en,,HUB-UP-LKO-C,
				+91 50009 00024,Demo Someone,CHIEF,en,,HUB-UP-LKO-C,
				+91 50009 00025,Demo Desk 2,PROVIDER_DESK,en
				""");

		assertThat(rejected.errors()).extracting(ImportError::row, ImportError::column)
			.containsExactly(tuple(2L, "name"), tuple(3L, "language"), tuple(3L, "email"), tuple(4L, "hub_code"),
					tuple(5L, "role"), tuple(6L, null));
		assertThat(this.contacts.count()).isEqualTo(before);
	}

	@Test
	void aHubBlockMustLieInTheHubsDistrict() {
		importDemo();

		assertRejected(DirectoryKind.HUBS, """
				code,name,tier,state_code,district_code,block_codes
				HUB-NEW,Demo Hub,COMMUNITY,UP,UP-LKO,UP-LKO-MAL;MP-BPL-BER
				""", tuple(2L, "block_codes", "block 'MP-BPL-BER' is not in district 'UP-LKO'"));
	}

	@Test
	void aFileThatIsNotCsvIsRejectedNotHalfRead() {
		assertRejected(DirectoryKind.STATES, "code,name\nUP,\"Uttar Pradesh\n", tuple(1L, null,
				"the file is not valid CSV: (startline 2) EOF reached before encapsulated token finished"));
	}

	private void assertRejected(DirectoryKind kind, String csv, org.assertj.core.groups.Tuple... errors) {
		ImportRejected rejected = catchRejected(kind, csv);
		assertThat(rejected.errors()).extracting(ImportError::row, ImportError::column, ImportError::message)
			.containsExactly(errors);
	}

	private ImportRejected catchRejected(DirectoryKind kind, String csv) {
		Throwable thrown = org.assertj.core.api.Assertions
			.catchThrowable(() -> this.importer.importCsv(kind, csv(csv)));
		assertThat(thrown).isInstanceOf(ImportRejected.class);
		return (ImportRejected) thrown;
	}

	private int importDemo() {
		int rows = 0;
		for (DirectoryKind kind : DirectoryKind.values()) {
			rows += this.importer.importCsv(kind, demo(kind)).rows();
		}
		return rows;
	}

	private static Reader csv(String text) {
		return new StringReader(text);
	}

	private static Reader demo(DirectoryKind kind) {
		try {
			return new InputStreamReader(new ClassPathResource("demo/directory/" + kind.fileName()).getInputStream(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
