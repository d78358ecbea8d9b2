package uk.nhs.dorset.primarycare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.testing.IntegrationTest;

/**
 * The local Keycloak of {@code docker/compose.yaml} signs its five users into the demo with their
 * five roles: its realm's groups are the ones the demo maps, its client redirects to the hub's
 * sign-in address and sends the groups and ODS code in the ID token, as the README tells.
 */
@IntegrationTest
class KeycloakRealmIT {

    private static final Map<String, Role> USERS = Map.of("sso-team", Role.TEAM, "sso-estates", Role.ESTATES,
            "sso-manager", Role.MANAGER, "sso-admin", Role.ADMIN, "sso-practice", Role.PRACTICE);

    @Autowired
    GroupRoleRepository mappings;

    private final JsonNode realm = JsonMapper.builder().build().readTree(Path.of("docker", "keycloak", "realm.json").toFile());

    @Test
    void eachOfTheRealmsFiveUsersIsInAGroupTheDemoMapsToTheirRole() {
        for (Map.Entry<String, Role> user : USERS.entrySet()) {
            JsonNode node = user(user.getKey());
            List<String> groups = StreamSupport.stream(node.get("groups").spliterator(), false)
                    // The client sends group names without their path (full.path false).
                    .map(g -> g.asString().replaceFirst("^/", "")).toList();
            assertThat(ProviderAccess.rolesOf(groups, mappings.findByGroupKeyIn(groups.stream().map(GroupRole::key).toList())))
                    .as(user.getKey()).containsExactly(user.getValue());
        }
        assertThat(user("sso-newstarter").get("groups")).as("the new starter is in no group").isEmpty();
        assertThat(user("sso-practice").get("attributes").get("ods_code").get(0).asString()).isEqualTo("J81002");
    }

    @Test
    void theClientSignsInAtTheHubsAddressAndSendsGroupsAndOdsCodeInTheIdToken() {
        JsonNode client = StreamSupport.stream(realm.get("clients").spliterator(), false)
                .filter(c -> c.get("clientId").asString().equals("primary-care-hub")).findFirst().orElseThrow();
        assertThat(client.get("secret").asString()).isEqualTo("hub-local-secret");
        assertThat(client.get("redirectUris").get(0).asString())
                .isEqualTo("http://localhost:8080/login/oauth2/code/" + SsoSettings.REGISTRATION);
        Map<String, JsonNode> mappers = StreamSupport.stream(client.get("protocolMappers").spliterator(), false)
                .collect(java.util.stream.Collectors.toMap(m -> m.get("config").get("claim.name").asString(), m -> m.get("config")));
        assertThat(mappers.get("groups").get("full.path").asString()).isEqualTo("false");
        assertThat(mappers.get("groups").get("id.token.claim").asString()).isEqualTo("true");
        assertThat(mappers.get("ods_code").get("id.token.claim").asString()).isEqualTo("true");
    }

    private JsonNode user(String username) {
        return StreamSupport.stream(realm.get("users").spliterator(), false)
                .filter(u -> u.get("username").asString().equals(username)).findFirst().orElseThrow();
    }
}
