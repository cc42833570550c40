Belarus/NNP sends/VBZ troops/NNS to/TO Ukrainian/JJ border/NN
Russia/NNP ,/, Ukraine/NNP swap/VBP prisoners/NNS
UN/NNP chief/NN urges/VBZ restraint/NN as/IN fighting/NN spreads/VBZ in/IN Sudan/NNP
Five/CD killed/VBN in/IN Kabul/NNP blast/NN
Israel/NNP to/TO expand/VB Gaza/NNP offensive/NN ,/, says/VBZ defence/NN minister/NN
Protesters/NNS clash/VBP with/IN police/NNS in/IN Tbilisi/NNP for/IN third/JJ night/NN
EU/NNP agrees/VBZ new/JJ sanctions/NNS on/IN Iran/NNP over/IN drone/NN supplies/NNS
U.S./NNP strikes/VBZ Houthi/NNP targets/NNS in/IN Yemen/NNP after/IN ship/NN attack/NN
Houthi/NNP attacks/NNS force/VBP shipping/NN firms/NNS to/TO avoid/VB Red/NNP Sea/NNP
Kremlin/NNP says/VBZ no/DT plans/NNS for/IN new/JJ mobilisation/NN
Pakistan/NNP calls/VBZ for/IN UN/NNP probe/NN into/IN Kashmir/NNP attack/NN
Calls/NNS grow/VBP for/IN inquiry/NN into/IN hospital/NN strike/NN
Zelensky/NNP visits/VBZ front-line/JJ troops/NNS in/IN Zaporizhzhia/NNP
Pope/NNP 's/POS visit/NN to/TO Congo/NNP draws/VBZ huge/JJ crowds/NNS
Germany/NNP backs/VBZ EU/NNP plan/NN to/TO tap/VB frozen/VBN Russian/JJ assets/NNS
France/NNP plans/VBZ to/TO cut/VB troop/NN numbers/NNS in/IN West/NNP Africa/NNP
Court/NN rules/VBZ Trump/NNP tariffs/NNS illegal/JJ
New/JJ rules/NNS on/IN asylum/NN take/VBP effect/NN across/IN EU/NNP
Gunmen/NNS kill/VBP 12/CD in/IN attack/NN on/IN Burkina/NNP Faso/NNP village/NN
Journalist/NN detained/VBN in/IN Minsk/NNP on/IN treason/NN charges/NNS
Ex-minister/NN charged/VBN with/IN corruption/NN in/IN arms/NNS deal/NN
Prosecutor/NN charges/VBZ three/CD over/IN plot/NN to/TO kidnap/VB governor/NN
North/NNP Korea/NNP fires/VBZ ballistic/JJ missile/NN into/IN sea/NN ,/, Seoul/NNP says/VBZ
Fire/NN at/IN Baghdad/NNP hospital/NN kills/VBZ 82/CD
Iran/NNP warns/VBZ of/IN "/" crushing/VBG response/NN "/" to/TO any/DT attack/NN
Threats/NNS against/IN judges/NNS rise/VBP sharply/RB ,/, U.S./NNP marshals/NNS say/VBP
Taliban/NNP orders/VBZ NGOs/NNS to/TO stop/VB employing/VBG women/NNS
Evacuation/NN orders/NNS issued/VBN for/IN eastern/JJ Khan/NNP Younis/NNP
Lukashenko/NNP pardons/VBZ 30/CD political/JJ prisoners/NNS
Hamas/NNP claims/VBZ attack/NN on/IN Israeli/JJ tank/NN in/IN Rafah/NNP
Thousands/NNS rally/VBP in/IN Belgrade/NNP against/IN government/NN
Russian/JJ shelling/NN kills/VBZ two/CD in/IN Kherson/NNP
Troops/NNS shell/VBP rebel/NN positions/NNS near/IN Goma/NNP
Army/NN bombs/VBZ rebel-held/JJ town/NN in/IN Myanmar/NNP ,/, killing/VBG dozens/NNS
Bomb/NN found/VBN near/IN Christmas/NNP market/NN in/IN Vienna/NNP
U.S./NNP arms/NNS shipment/NN to/TO Israel/NNP paused/VBN
Canada/NNP to/TO aid/VB Gaza/NNP civilians/NNS with/IN $/$ 40/CD million/CD
Aid/NN convoy/NN comes/VBZ under/IN fire/NN in/IN Darfur/NNP
Protests/NNS erupt/VBP after/IN opposition/NN leader/NN arrested/VBN
Students/NNS protest/VBP tuition/NN hike/NN in/IN Nairobi/NNP
Pressure/NN mounts/VBZ on/IN Netanyahu/NNP to/TO accept/VB hostage/NN deal/NN
China/NNP sanctions/VBZ U.S./NNP defence/NN firms/NNS over/IN Taiwan/NNP arms/NNS sales/NNS
Sanctions/NNS bite/VBP as/IN Russian/JJ oil/NN revenues/NNS fall/VBP
Talks/NNS on/IN Gaza/NNP truce/NN stall/VBP in/IN Doha/NNP
Putin/NNP talks/VBZ up/RP ties/NNS with/IN North/NNP Korea/NNP
Opposition/NN leads/VBZ in/IN polls/NNS ahead/RB of/IN Hungarian/JJ vote/NN
Police/NNS chase/VBP new/JJ leads/NNS in/IN Stockholm/NNP shooting/NN
Britain/NNP supports/VBZ Ukraine/NNP 's/POS NATO/NNP bid/NN ,/, Starmer/NNP says/VBZ
Erdogan/NNP rules/VBZ out/RP early/JJ election/NN
Who/WP is/VBZ Ahmed/NNP al-Sharaa/NNP ?/.
What/WP we/PRP know/VBP about/IN the/DT Moscow/NNP concert/NN hall/NN attack/NN
Analysis/NN :/: Why/WRB Moscow/NNP is/VBZ in/IN no/DT hurry/NN to/TO end/VB the/DT war/NN
Factbox/NN :/: Who/WP are/VBP the/DT Houthis/NNPS ?/.
Explainer/NN :/: How/WRB does/VBZ the/DT EU/NNP sanctions/NNS process/NN work/VB ?/.
Exclusive/JJ :/: Russia/NNP recruits/VBZ Africans/NNPS to/TO build/VB drones/NNS ,/, documents/NNS show/VBP
"/" We/PRP will/MD not/RB surrender/VB "/" :/: Zelensky/NNP marks/VBZ 1,000/CD days/NNS of/IN war/NN
"/" Nowhere/RB is/VBZ safe/JJ "/" ,/, says/VBZ UN/NNP aid/NN chief/NN after/IN visiting/VBG Gaza/NNP
Ukraine/NNP war/NN :/: Russian/JJ drones/NNS hit/VBP Kyiv/NNP overnight/RB ,/, three/CD dead/JJ
Sudan/NNP war/NN :/: famine/NN declared/VBN in/IN Zamzam/NNP camp/NN
Live/JJ updates/NNS :/: Polls/NNS close/VBP in/IN German/JJ election/NN
Two/CD soldiers/NNS killed/VBN ,/, four/CD wounded/VBN in/IN Mali/NNP ambush/NN
Car/NN bomb/NN kills/VBZ at/IN least/JJS 20/CD in/IN Mogadishu/NNP
Iraq/NNP says/VBZ it/PRP foiled/VBD Islamic/NNP State/NNP plot/NN
Kenya/NNP police/NNS fire/VBP tear/NN gas/NN at/IN protesters/NNS
Hezbollah/NNP fires/VBZ rockets/NNS at/IN northern/JJ Israel/NNP
Israel/NNP strikes/VBZ back/RB at/IN Hezbollah/NNP after/IN rocket/NN fire/NN
Armenia/NNP ,/, Azerbaijan/NNP agree/VBP text/NN of/IN peace/NN deal/NN
Seoul/NNP ,/, Tokyo/NNP hold/VBP first/JJ security/NN talks/NNS in/IN five/CD years/NNS
Biden/NNP ,/, Xi/NNP agree/VBP to/TO restore/VB military/JJ contacts/NNS
Macron/NNP names/VBZ new/JJ prime/JJ minister/NN
Dutch/JJ government/NN collapses/VBZ over/IN migration/NN row/NN
Japan/NNP PM/NNP Ishiba/NNP to/TO step/VB down/RP
South/NNP Korea/NNP 's/POS Yoon/NNP impeached/VBN over/IN martial/JJ law/NN
Ex-president/NN jailed/VBN for/IN 27/CD years/NNS
Hong/NNP Kong/NNP jails/VBZ 45/CD democracy/NN activists/NNS
Nigerian/JJ troops/NNS rescue/VBP 150/CD kidnapped/VBN pupils/NNS
Mexico/NNP extradites/VBZ 29/CD cartel/NN figures/NNS to/TO U.S./NNP
Venezuela/NNP frees/VBZ ten/CD Americans/NNPS in/IN prisoner/NN swap/NN
Haiti/NNP gangs/NNS seize/VBP key/JJ town/NN ,/, thousands/NNS flee/VBP
Migrant/NN boat/NN sinks/VBZ off/IN Libya/NNP ;/: 61/CD feared/VBN dead/JJ
Greece/NNP suspends/VBZ asylum/NN claims/NNS from/IN North/NNP Africa/NNP
Poland/NNP to/TO build/VB wall/NN on/IN Belarus/NNP border/NN
Finland/NNP closes/VBZ border/NN crossings/NNS with/IN Russia/NNP
Russia/NNP claims/VBZ capture/NN of/IN Ukrainian/JJ village/NN
Ukraine/NNP says/VBZ it/PRP hit/VBD Russian/JJ oil/NN depot/NN in/IN Crimea/NNP
Drone/NN attack/NN sparks/VBZ fire/NN at/IN Russian/JJ refinery/NN
Moscow/NNP airports/NNS close/VBP briefly/RB after/IN drone/NN attack/NN
Iran/NNP Executes/VBZ Man/NN Convicted/VBN Over/IN Protests/NNS
Trump/NNP Signs/VBZ Order/NN Ending/VBG Collective/JJ Bargaining/NN for/IN Federal/JJ Workers/NNS
Senate/NNP Passes/VBZ $/$ 95/CD Billion/CD Aid/NN Package/NN for/IN Ukraine/NNP ,/, Israel/NNP
Supreme/NNP Court/NNP Hears/VBZ Challenge/NN to/TO Birthright/NN Citizenship/NN Order/NN
Protesters/NNS Storm/VBP Parliament/NNP in/IN Nairobi/NNP as/IN Lawmakers/NNS Pass/VBP Tax/NN Bill/NN
Rebels/NNS Claim/VBP Control/NN of/IN Goma/NNP Airport/NNP
Leaders/NNS Gather/VBP in/IN Rome/NNP for/IN Pope/NNP 's/POS Funeral/NN
KYIV/NNP ,/, May/NNP 24/CD (/( Reuters/NNP )/) -/: Russia/NNP launched/VBD more/JJR than/IN 250/CD drones/NNS and/CC 14/CD ballistic/JJ missiles/NNS at/IN Ukraine/NNP overnight/RB ,/, damaging/VBG energy/NN facilities/NNS in/IN at/IN least/JJS five/CD regions/NNS ,/, the/DT Ukrainian/JJ air/NN force/NN said/VBD on/IN Saturday/NNP ./.
MOSCOW/NNP ,/, Feb/NNP 3/CD (/( Reuters/NNP )/) -/: The/DT Kremlin/NNP said/VBD on/IN Monday/NNP that/IN President/NNP Vladimir/NNP Putin/NNP was/VBD ready/JJ to/TO meet/VB his/PRP$ U.S./NNP counterpart/NN but/CC that/IN no/DT date/NN had/VBD been/VBN set/VBN ./.
JERUSALEM/NNP (/( AP/NNP )/) --/: Israeli/JJ warplanes/NNS struck/VBD dozens/NNS of/IN targets/NNS across/IN southern/JJ Lebanon/NNP on/IN Tuesday/NNP ,/, hours/NNS after/IN the/DT military/NN said/VBD rockets/NNS had/VBD been/VBN fired/VBN toward/IN the/DT town/NN of/IN Metula/NNP ./.
BEIRUT/NNP ,/, Lebanon/NNP (/( AP/NNP )/) --/: Lebanon/NNP 's/POS parliament/NN elected/VBD army/NN commander/NN Joseph/NNP Aoun/NNP as/IN president/NN on/IN Thursday/NNP ,/, ending/VBG a/DT vacancy/NN that/WDT had/VBD lasted/VBN more/JJR than/IN two/CD years/NNS ./.
WASHINGTON/NNP ,/, Jan./NNP 20/CD (/( Reuters/NNP )/) -/: President/NNP Donald/NNP Trump/NNP signed/VBD a/DT series/NN of/IN executive/JJ orders/NNS on/IN his/PRP$ first/JJ day/NN back/RB in/IN office/NN ,/, declaring/VBG a/DT national/JJ emergency/NN at/IN the/DT southern/JJ border/NN and/CC pulling/VBG the/DT United/NNP States/NNPS out/IN of/IN the/DT Paris/NNP climate/NN agreement/NN ./.
Paris/NNP (/( AFP/NNP )/) -/: France/NNP 's/POS prime/JJ minister/NN survived/VBD a/DT no-confidence/JJ vote/NN on/IN Thursday/NNP after/IN the/DT Socialists/NNPS decided/VBD not/RB to/TO back/VB a/DT motion/NN tabled/VBN by/IN the/DT hard/JJ left/NN ./.
GENEVA/NNP ,/, Oct/NNP 12/CD (/( Reuters/NNP )/) -/: The/DT World/NNP Health/NNP Organization/NNP said/VBD on/IN Thursday/NNP that/IN a/DT convoy/NN carrying/VBG medical/JJ supplies/NNS to/TO northern/JJ Gaza/NNP had/VBD been/VBN turned/VBN back/RB at/IN an/DT Israeli/JJ checkpoint/NN for/IN the/DT third/JJ time/NN this/DT week/NN ./.
KHARTOUM/NNP ,/, April/NNP 15/CD (/( Reuters/NNP )/) -/: Heavy/JJ fighting/NN broke/VBD out/RP in/IN the/DT Sudanese/JJ capital/NN on/IN Saturday/NNP between/IN the/DT army/NN and/CC a/DT powerful/JJ paramilitary/JJ group/NN ,/, with/IN explosions/NNS and/CC gunfire/NN heard/VBN near/IN the/DT presidential/JJ palace/NN and/CC the/DT airport/NN ./.
TAIPEI/NNP ,/, Aug/NNP 5/CD (/( Reuters/NNP )/) -/: Taiwan/NNP 's/POS defence/NN ministry/NN said/VBD it/PRP had/VBD detected/VBN 45/CD Chinese/JJ military/JJ aircraft/NN and/CC nine/CD ships/NNS around/IN the/DT island/NN in/IN the/DT past/JJ 24/CD hours/NNS ,/, some/DT of/IN which/WDT had/VBD crossed/VBN the/DT median/JJ line/NN of/IN the/DT Taiwan/NNP Strait/NNP ./.
ISLAMABAD/NNP (/( AP/NNP )/) --/: A/DT suicide/NN bomber/NN blew/VBD himself/PRP up/RP near/IN a/DT police/NN vehicle/NN in/IN northwestern/JJ Pakistan/NNP on/IN Wednesday/NNP ,/, killing/VBG five/CD officers/NNS and/CC wounding/VBG 11/CD other/JJ people/NNS ,/, officials/NNS said/VBD ./.
NAIROBI/NNP ,/, June/NNP 25/CD (/( Reuters/NNP )/) -/: Kenyan/JJ police/NNS opened/VBD fire/NN on/IN protesters/NNS who/WP stormed/VBD parliament/NN on/IN Tuesday/NNP ,/, as/IN lawmakers/NNS inside/IN voted/VBD to/TO approve/VB tax/NN increases/NNS that/WDT have/VBP sparked/VBN nationwide/JJ demonstrations/NNS ./.
BRUSSELS/NNP ,/, Dec/NNP 15/CD (/( Reuters/NNP )/) -/: European/NNP Union/NNP foreign/JJ ministers/NNS agreed/VBD on/IN Monday/NNP to/TO impose/VB sanctions/NNS on/IN dozens/NNS more/JJR vessels/NNS of/IN Russia/NNP 's/POS shadow/NN fleet/NN ,/, according/VBG to/TO diplomats/NNS familiar/JJ with/IN the/DT decision/NN ./.
CARACAS/NNP (/( AP/NNP )/) --/: Venezuela/NNP 's/POS top/JJ court/NN on/IN Thursday/NNP certified/VBD President/NNP Nicolas/NNP Maduro/NNP as/IN the/DT winner/NN of/IN last/JJ month/NN 's/POS disputed/VBN election/NN ,/, a/DT ruling/NN that/WDT the/DT opposition/NN immediately/RB rejected/VBD ./.
SEOUL/NNP ,/, Dec/NNP 4/CD (/( Reuters/NNP )/) -/: South/NNP Korean/JJ President/NNP Yoon/NNP Suk/NNP Yeol/NNP lifted/VBD martial/JJ law/NN early/RB on/IN Wednesday/NNP ,/, hours/NNS after/IN he/PRP had/VBD declared/VBN it/PRP ,/, after/IN parliament/NN voted/VBD unanimously/RB to/TO reject/VB the/DT decree/NN ./.
ANKARA/NNP ,/, March/NNP 19/CD (/( Reuters/NNP )/) -/: Turkish/JJ police/NNS detained/VBD Istanbul/NNP Mayor/NNP Ekrem/NNP Imamoglu/NNP on/IN Wednesday/NNP as/IN part/NN of/IN an/DT investigation/NN into/IN alleged/VBN corruption/NN and/CC terrorist/JJ links/NNS ,/, a/DT move/NN the/DT opposition/NN called/VBD a/DT coup/NN ./.
DAMASCUS/NNP (/( AP/NNP )/) --/: Syrian/JJ rebels/NNS declared/VBD on/IN Sunday/NNP that/IN they/PRP had/VBD taken/VBN the/DT capital/NN and/CC that/IN President/NNP Bashar/NNP Assad/NNP had/VBD fled/VBN ,/, bringing/VBG an/DT end/NN to/TO his/PRP$ family/NN 's/POS 50-year/JJ rule/NN ./.
LONDON/NNP ,/, July/NNP 5/CD (/( Reuters/NNP )/) -/: Keir/NNP Starmer/NNP became/VBD Britain/NNP 's/POS prime/JJ minister/NN on/IN Friday/NNP after/IN his/PRP$ Labour/NNP Party/NNP won/VBD a/DT landslide/NN in/IN the/DT general/JJ election/NN ,/, ending/VBG 14/CD years/NNS of/IN Conservative/NNP government/NN ./.
DHAKA/NNP ,/, Aug/NNP 5/CD (/( Reuters/NNP )/) -/: Bangladesh/NNP Prime/NNP Minister/NNP Sheikh/NNP Hasina/NNP resigned/VBD and/CC fled/VBD the/DT country/NN on/IN Monday/NNP as/IN thousands/NNS of/IN protesters/NNS stormed/VBD her/PRP$ official/JJ residence/NN ,/, the/DT army/NN chief/NN said/VBD in/IN a/DT televised/VBN address/NN ./.
JOHANNESBURG/NNP (/( AP/NNP )/) --/: South/NNP Africa/NNP 's/POS African/NNP National/NNP Congress/NNP lost/VBD its/PRP$ parliamentary/JJ majority/NN for/IN the/DT first/JJ time/NN since/IN the/DT end/NN of/IN apartheid/NN ,/, final/JJ results/NNS showed/VBD on/IN Saturday/NNP ./.
NEW/NNP DELHI/NNP ,/, May/NNP 7/CD (/( Reuters/NNP )/) -/: India/NNP said/VBD on/IN Wednesday/NNP it/PRP had/VBD struck/VBN nine/CD sites/NNS in/IN Pakistan/NNP and/CC Pakistani-controlled/JJ Kashmir/NNP ,/, while/IN Islamabad/NNP said/VBD it/PRP had/VBD shot/VBN down/RP five/CD Indian/JJ aircraft/NN in/IN response/NN ./.
UNITED/NNP NATIONS/NNPS (/( AP/NNP )/) --/: The/DT U.N./NNP Security/NNP Council/NNP adopted/VBD a/DT resolution/NN on/IN Monday/NNP demanding/VBG an/DT immediate/JJ ceasefire/NN in/IN Gaza/NNP ,/, after/IN the/DT United/NNP States/NNPS abstained/VBD rather/RB than/IN using/VBG its/PRP$ veto/NN ./.
BOGOTA/NNP ,/, Jan/NNP 17/CD (/( Reuters/NNP )/) -/: Colombian/JJ President/NNP Gustavo/NNP Petro/NNP suspended/VBD peace/NN talks/NNS with/IN the/DT ELN/NNP rebel/NN group/NN on/IN Friday/NNP after/IN clashes/NNS in/IN the/DT northeast/NN killed/VBD at/IN least/JJS 80/CD people/NNS ./.
TOKYO/NNP ,/, Oct/NNP 21/CD (/( Reuters/NNP )/) -/: Sanae/NNP Takaichi/NNP was/VBD elected/VBN Japan/NNP 's/POS first/JJ female/JJ prime/JJ minister/NN by/IN parliament/NN on/IN Tuesday/NNP ,/, after/IN her/PRP$ party/NN struck/VBD a/DT last-minute/JJ coalition/NN deal/NN with/IN a/DT smaller/JJR right-wing/JJ party/NN ./.
BAMAKO/NNP (/( AFP/NNP )/) -/: Jihadists/NNS attacked/VBD a/DT military/JJ police/NN school/NN and/CC the/DT airport/NN in/IN the/DT Malian/JJ capital/NN at/IN dawn/NN on/IN Tuesday/NNP ,/, security/NN sources/NNS said/VBD ,/, in/IN a/DT rare/JJ assault/NN on/IN the/DT city/NN ./.
MINSK/NNP ,/, Jan/NNP 26/CD (/( Reuters/NNP )/) -/: Belarusian/JJ President/NNP Alexander/NNP Lukashenko/NNP was/VBD declared/VBN the/DT winner/NN of/IN Sunday/NNP 's/POS presidential/JJ election/NN with/IN 86.8/CD percent/NN of/IN the/DT vote/NN ,/, securing/VBG a/DT seventh/JJ term/NN in/IN a/DT contest/NN that/WDT Western/JJ governments/NNS called/VBD a/DT sham/NN ./.
By/IN Daria/NNP Kovalenko/NNP and/CC Peter/NNP Hallam/NNP
By/IN Amira/NNP Saleh/NNP in/IN Cairo/NNP
By/IN our/PRP$ correspondent/NN in/IN Kyiv/NNP
Reporting/NN by/IN Tomasz/NNP Wrobel/NNP in/IN Warsaw/NNP ;/: Editing/NN by/IN Helen/NNP Marsh/NNP
Additional/JJ reporting/NN by/IN Yusuf/NNP Demir/NNP in/IN Ankara/NNP and/CC Lina/NNP Haddad/NNP in/IN Beirut/NNP
(/( Reporting/NN by/IN Kenji/NNP Mori/NNP ;/: Writing/NN by/IN Alan/NNP Price/NNP ;/: Editing/NN by/IN Clare/NNP Dunn/NNP )/)
Writing/NN by/IN Ruth/NNP Okafor/NNP ;/: Editing/NN by/IN Mark/NNP Bennett/NNP and/CC Sara/NNP Vitale/NNP
Compiled/VBN by/IN Oliver/NNP Grant/NNP
This/DT story/NN has/VBZ been/VBN updated/VBN to/TO include/VB comments/NNS from/IN the/DT Israeli/JJ military/NN ./.
This/DT article/NN was/VBD amended/VBN on/IN 14/CD March/NNP to/TO correct/VB the/DT name/NN of/IN the/DT minister/NN ./.
Updated/VBN 2/CD hours/NNS ago/RB
Published/VBN Monday/NNP ,/, 14/CD July/NNP 2025/CD ,/, 09:42/CD GMT/NNP
Last/JJ updated/VBN on/IN June/NNP 3/CD ,/, 2024/CD at/IN 6:15/CD p.m./RB
The/DT Associated/NNP Press/NNP contributed/VBD to/TO this/DT report/NN ./.
Sign/VB up/RP for/IN our/PRP$ daily/JJ newsletter/NN ./.
Read/VB more/JJR :/: How/WRB the/DT war/NN in/IN Sudan/NNP began/VBD
Ukrainian/JJ servicemen/NNS fire/VBP a/DT howitzer/NN toward/IN Russian/JJ positions/NNS near/IN the/DT town/NN of/IN Chasiv/NNP Yar/NNP in/IN the/DT Donetsk/NNP region/NN ,/, Ukraine/NNP ,/, March/NNP 2/CD ,/, 2024/CD ./.
A/DT woman/NN walks/VBZ past/IN a/DT residential/JJ building/NN damaged/VBN by/IN a/DT Russian/JJ missile/NN strike/NN in/IN Kyiv/NNP on/IN Thursday/NNP ./.
Palestinians/NNPS search/VBP for/IN survivors/NNS in/IN the/DT rubble/NN of/IN a/DT house/NN destroyed/VBN in/IN an/DT Israeli/JJ strike/NN in/IN Khan/NNP Younis/NNP ,/, in/IN the/DT southern/JJ Gaza/NNP Strip/NNP ,/, on/IN January/NNP 9/CD ./.
Supporters/NNS of/IN the/DT opposition/NN hold/VBP flags/NNS and/CC banners/NNS during/IN a/DT rally/NN in/IN central/JJ Tbilisi/NNP ,/, Georgia/NNP ,/, December/NNP 1/CD ,/, 2024/CD ./.
Riot/NN police/NNS officers/NNS detain/VBP a/DT demonstrator/NN during/IN a/DT protest/NN against/IN the/DT arrest/NN of/IN Istanbul/NNP 's/POS mayor/NN ,/, in/IN Istanbul/NNP ,/, Turkey/NNP ,/, March/NNP 23/CD ,/, 2025/CD ./.
Smoke/NN rises/VBZ over/IN the/DT city/NN after/IN an/DT air/NN strike/NN ,/, as/IN seen/VBN from/IN the/DT Israeli/JJ side/NN of/IN the/DT border/NN ./.
File/NN photo/NN :/: Belarusian/JJ President/NNP Alexander/NNP Lukashenko/NNP attends/VBZ a/DT meeting/NN with/IN military/JJ officials/NNS in/IN Minsk/NNP ,/, Belarus/NNP ,/, in/IN this/DT picture/NN released/VBN by/IN the/DT presidential/JJ press/NN service/NN ./.
People/NNS displaced/VBN by/IN the/DT fighting/NN queue/VBP for/IN food/NN at/IN a/DT camp/NN near/IN the/DT Chadian/JJ border/NN ./.
Rescue/NN workers/NNS carry/VBP the/DT body/NN of/IN a/DT victim/NN from/IN the/DT site/NN of/IN the/DT explosion/NN ./.
U.S./NNP Secretary/NNP of/IN State/NNP Marco/NNP Rubio/NNP speaks/VBZ to/TO reporters/NNS before/IN boarding/VBG his/PRP$ plane/NN at/IN Andrews/NNP Air/NNP Force/NNP Base/NNP ,/, Maryland/NNP ,/, on/IN February/NNP 13/CD ./.
Photo/NN :/: Reuters/NNP
(/( AP/NNP Photo/NN )/)
Pictured/VBN :/: the/DT damaged/VBN cathedral/NN in/IN Odesa/NNP after/IN the/DT strike/NN ./.
Members/NNS of/IN the/DT National/NNP Guard/NNP patrol/VBP a/DT street/NN in/IN downtown/JJ Los/NNP Angeles/NNP ,/, California/NNP ,/, June/NNP 9/CD ,/, 2025/CD ./.
A/DT boy/NN stands/VBZ next/JJ to/TO a/DT destroyed/VBN tank/NN on/IN the/DT outskirts/NNS of/IN Damascus/NNP ,/, Syria/NNP ./.
ADDIS/NNP ABABA/NNP ,/, Nov/NNP 3/CD (/( Reuters/NNP )/) -/: Ethiopia/NNP 's/POS government/NN and/CC forces/NNS from/IN the/DT northern/JJ Tigray/NNP region/NN agreed/VBD on/IN Wednesday/NNP to/TO a/DT permanent/JJ cessation/NN of/IN hostilities/NNS ,/, the/DT African/NNP Union/NNP 's/POS mediator/NN told/VBD reporters/NNS in/IN Pretoria/NNP ./.
KINSHASA/NNP (/( AFP/NNP )/) -/: M23/NNP rebels/NNS backed/VBN by/IN Rwandan/JJ troops/NNS entered/VBD the/DT centre/NN of/IN Goma/NNP on/IN Monday/NNP ,/, residents/NNS said/VBD ,/, as/IN thousands/NNS of/IN people/NNS fled/VBD toward/IN the/DT border/NN with/IN Rwanda/NNP ./.
TEHRAN/NNP ,/, June/NNP 13/CD (/( Reuters/NNP )/) -/: Explosions/NNS were/VBD heard/VBN across/IN Tehran/NNP early/RB on/IN Friday/NNP ,/, Iranian/JJ state/NN media/NNS said/VBD ,/, after/IN Israel/NNP announced/VBD that/IN it/PRP had/VBD launched/VBN strikes/NNS on/IN Iran/NNP 's/POS nuclear/JJ programme/NN ./.
MEXICO/NNP CITY/NNP (/( AP/NNP )/) --/: Mexico/NNP 's/POS president/NN said/VBD Tuesday/NNP that/IN her/PRP$ government/NN would/MD deploy/VB another/DT 10,000/CD troops/NNS to/TO the/DT border/NN with/IN the/DT United/NNP States/NNPS as/IN part/NN of/IN a/DT deal/NN to/TO delay/VB tariffs/NNS for/IN a/DT month/NN ./.
ISTANBUL/NNP ,/, May/NNP 16/CD (/( Reuters/NNP )/) -/: Russian/JJ and/CC Ukrainian/JJ officials/NNS held/VBD their/PRP$ first/JJ direct/JJ peace/NN talks/NNS in/IN more/JJR than/IN three/CD years/NNS on/IN Friday/NNP ,/, but/CC the/DT meeting/NN lasted/VBD less/JJR than/IN two/CD hours/NNS and/CC ended/VBD without/IN agreement/NN on/IN a/DT ceasefire/NN ./.
BERLIN/NNP ,/, Feb/NNP 23/CD (/( Reuters/NNP )/) -/: Friedrich/NNP Merz/NNP 's/POS conservatives/NNS won/VBD Germany/NNP 's/POS national/JJ election/NN on/IN Sunday/NNP ,/, according/VBG to/TO exit/NN polls/NNS ,/, while/IN the/DT far-right/JJ Alternative/NNP for/IN Germany/NNP doubled/VBD its/PRP$ share/NN of/IN the/DT vote/NN to/TO come/VB second/RB ./.
KABUL/NNP (/( AP/NNP )/) --/: A/DT bomb/NN hidden/VBN in/IN a/DT motorbike/NN exploded/VBD near/IN a/DT bus/NN carrying/VBG government/NN employees/NNS in/IN the/DT Afghan/JJ capital/NN on/IN Thursday/NNP ,/, killing/VBG at/IN least/JJS four/CD people/NNS ,/, a/DT Taliban/NNP spokesman/NN said/VBD ./.
RIYADH/NNP ,/, May/NNP 13/CD (/( Reuters/NNP )/) -/: U.S./NNP President/NNP Donald/NNP Trump/NNP said/VBD on/IN Tuesday/NNP that/IN he/PRP would/MD order/VB the/DT lifting/NN of/IN sanctions/NNS against/IN Syria/NNP ,/, a/DT major/JJ shift/NN in/IN U.S./NNP policy/NN ahead/RB of/IN a/DT meeting/NN with/IN the/DT country/NN 's/POS new/JJ leader/NN ./.
BUDAPEST/NNP (/( Reuters/NNP )/) -/: Tens/NNS of/IN thousands/NNS of/IN people/NNS marched/VBD through/IN the/DT Hungarian/JJ capital/NN on/IN Saturday/NNP in/IN defiance/NN of/IN a/DT government/NN ban/NN ,/, in/IN what/WP organisers/NNS said/VBD was/VBD the/DT largest/JJS Pride/NNP march/NN in/IN the/DT country/NN 's/POS history/NN ./.
PORT-AU-PRINCE/NNP ,/, Haiti/NNP (/( AP/NNP )/) --/: Gangs/NNS attacked/VBD two/CD prisons/NNS in/IN Haiti/NNP 's/POS capital/NN over/IN the/DT weekend/NN ,/, freeing/VBG thousands/NNS of/IN inmates/NNS ,/, and/CC the/DT government/NN declared/VBD a/DT state/NN of/IN emergency/NN on/IN Sunday/NNP night/NN ./.
VILNIUS/NNP ,/, Oct/NNP 27/CD (/( Reuters/NNP )/) -/: Lithuania/NNP will/MD reopen/VB its/PRP$ border/NN crossings/NNS with/IN Belarus/NNP from/IN Thursday/NNP ,/, the/DT government/NN said/VBD ,/, after/IN they/PRP were/VBD closed/VBN because/IN of/IN balloons/NNS that/WDT it/PRP says/VBZ are/VBP used/VBN by/IN smugglers/NNS ./.
Vucic/NNP says/VBZ he/PRP will/MD not/RB resign/VB as/IN protests/NNS grow/VBP
Police/NNS raid/VBP homes/NNS of/IN opposition/NN figures/NNS in/IN Tbilisi/NNP
Merz/NNP sworn/VBN in/RP as/IN German/JJ chancellor/NN after/IN second/JJ vote/NN
Rwanda/NNP denies/VBZ backing/VBG M23/NNP rebels/NNS
Congo/NNP ,/, Rwanda/NNP sign/VBP peace/NN deal/NN in/IN Washington/NNP
Pope/NNP Leo/NNP calls/VBZ for/IN "/" disarmed/VBN and/CC disarming/VBG "/" peace/NN
Cardinals/NNS elect/VBP first/JJ American/JJ pope/NN
White/NNP smoke/NN rises/VBZ over/IN Sistine/NNP Chapel/NNP
Trump/NNP ,/, Putin/NNP meet/VBP in/IN Alaska/NNP but/CC fail/VBP to/TO agree/VB ceasefire/NN
Europeans/NNPS rush/VBP to/TO Washington/NNP to/TO back/VB Zelensky/NNP
U.S./NNP envoy/NN holds/VBZ talks/NNS with/IN Hamas/NNP ,/, in/IN break/NN with/IN policy/NN
Israel/NNP resumes/VBZ strikes/NNS on/IN Gaza/NNP ,/, ending/VBG ceasefire/NN
Hostages/NNS freed/VBN as/IN Gaza/NNP ceasefire/NN takes/VBZ hold/NN
Is/VBZ the/DT Gaza/NNP ceasefire/NN about/IN to/TO collapse/VB ?/.
Can/MD Europe/NNP defend/VB itself/PRP without/IN America/NNP ?/.
Why/WRB are/VBP Kenyans/NNPS protesting/VBG ?/.
Thai/JJ court/NN removes/VBZ prime/JJ minister/NN over/IN leaked/VBN call/NN
Cambodia/NNP ,/, Thailand/NNP agree/VBP to/TO ceasefire/NN after/IN border/NN clashes/NNS
Nepal/NNP PM/NNP quits/VBZ after/IN deadly/JJ protests/NNS over/IN social/JJ media/NNS ban/NN
Peru/NNP 's/POS Congress/NNP ousts/VBZ president/NN in/IN late-night/JJ vote/NN
Madagascar/NNP president/NN flees/VBZ as/IN army/NN unit/NN seizes/VBZ power/NN
Kast/NNP wins/VBZ Chile/NNP presidency/NN
Milei/NNP 's/POS party/NN wins/VBZ big/RB in/IN Argentine/JJ midterms/NNS
Moldova/NNP 's/POS ruling/VBG party/NN keeps/VBZ majority/NN despite/IN Russian/JJ meddling/NN
Czech/JJ billionaire/NN Babis/NNP wins/VBZ election/NN
Romania/NNP annuls/VBZ presidential/JJ vote/NN
Georgia/NNP suspends/VBZ EU/NNP accession/NN talks/NNS until/IN 2028/CD
Drones/NNS force/VBP closure/NN of/IN Copenhagen/NNP airport/NN
NATO/NNP jets/NNS down/VBP Russian/JJ drones/NNS over/IN Poland/NNP
Warsaw/NNP says/VBZ Russian/JJ drones/NNS violated/VBD its/PRP$ airspace/NN "/" deliberately/RB "/"
Ukraine/NNP hits/VBZ Russian/JJ bombers/NNS in/IN "/" Spider/NNP 's/POS Web/NNP "/" drone/NN operation/NN
Israel/NNP ,/, Iran/NNP trade/VBP fire/NN for/IN sixth/JJ day/NN
Iran/NNP fires/VBZ missiles/NNS at/IN U.S./NNP base/NN in/IN Qatar/NNP
Ceasefire/NN between/IN Israel/NNP and/CC Iran/NNP holds/VBZ
Sudan/NNP 's/POS army/NN retakes/VBZ presidential/JJ palace/NN
RSF/NNP seizes/VBZ El/NNP Fasher/NNP after/IN 18-month/JJ siege/NN
Reports/NNS of/IN mass/JJ killings/NNS as/IN El/NNP Fasher/NNP falls/VBZ
WARSAW/NNP ,/, Sept/NNP 10/CD (/( Reuters/NNP )/) -/: Poland/NNP shot/VBD down/RP drones/NNS that/WDT had/VBD violated/VBN its/PRP$ airspace/NN during/IN a/DT Russian/JJ attack/NN on/IN western/JJ Ukraine/NNP overnight/RB ,/, Prime/NNP Minister/NNP Donald/NNP Tusk/NNP said/VBD on/IN Wednesday/NNP ,/, the/DT first/JJ time/NN a/DT NATO/NNP member/NN has/VBZ fired/VBN on/IN Russian/JJ assets/NNS during/IN the/DT war/NN ./.
GAZA/NNP CITY/NNP (/( AP/NNP )/) --/: Thousands/NNS of/IN displaced/VBN Palestinians/NNPS streamed/VBD back/RB toward/IN the/DT ruins/NNS of/IN northern/JJ Gaza/NNP on/IN Monday/NNP ,/, carrying/VBG mattresses/NNS ,/, blankets/NNS and/CC children/NNS ,/, after/IN Israeli/JJ forces/NNS withdrew/VBD from/IN a/DT key/JJ road/NN under/IN the/DT ceasefire/NN ./.
