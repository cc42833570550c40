Russia/NNP shells/VBZ Kharkiv/NNP as/IN talks/NNS on/IN prisoner/NN exchange/NN stall/VBP
The/DT shelling/NN of/IN the/DT city/NN 's/POS northern/JJ districts/NNS lasted/VBD more/JJR than/IN six/CD hours/NNS and/CC left/VBD at/IN least/JJS nine/CD civilians/NNS dead/JJ ,/, the/DT regional/JJ governor/NN said/VBD ./.
Protests/NNS spread/VBP to/TO three/CD more/JJR cities/NNS as/IN police/NNS fire/VBP tear/NN gas/NN at/IN students/NNS
UN/NNP chief/NN calls/VBZ for/IN immediate/JJ ceasefire/NN in/IN eastern/JJ Congo/NNP
The/DT secretary-general/NN 's/POS call/NN for/IN a/DT truce/NN was/VBD ignored/VBN by/IN both/DT sides/NNS ,/, and/CC fighting/NN resumed/VBD within/IN hours/NNS ./.
Rebels/NNS attack/VBP army/NN base/NN near/IN Goma/NNP ,/, killing/VBG 14/CD soldiers/NNS
The/DT attacks/NNS killed/VBD 12/CD people/NNS ,/, including/VBG four/CD children/NNS ,/, and/CC wounded/VBD dozens/NNS more/JJR ,/, according/VBG to/TO hospital/NN officials/NNS ./.
Militants/NNS have/VBP attacked/VBN convoys/NNS on/IN the/DT highway/NN almost/RB every/DT week/NN since/IN January/NNP ./.
Dockworkers/NNS strike/VBP for/IN a/DT second/JJ day/NN ,/, halting/VBG exports/NNS from/IN the/DT port/NN
The/DT strike/NN by/IN dockworkers/NNS has/VBZ cost/VBN exporters/NNS an/DT estimated/VBN $/$ 40/CD million/CD a/DT day/NN ./.
Israeli/JJ jets/NNS struck/VBD targets/NNS in/IN southern/JJ Lebanon/NNP overnight/RB ,/, the/DT military/NN said/VBD ,/, after/IN rockets/NNS were/VBD fired/VBN across/IN the/DT border/NN ./.
An/DT air/NN strike/NN on/IN a/DT market/NN in/IN the/DT town/NN killed/VBD at/IN least/JJS 30/CD people/NNS on/IN Sunday/NNP ,/, residents/NNS said/VBD ./.
Drone/NN strikes/NNS hit/VBD two/CD oil/NN refineries/NNS in/IN the/DT Samara/NNP region/NN ./.
The/DT union/NN threatens/VBZ to/TO strike/VB if/IN the/DT government/NN does/VBZ not/RB raise/VB wages/NNS by/IN March/NNP ./.
Thousands/NNS protest/VBP in/IN Tbilisi/NNP against/IN foreign/JJ agents/NNS law/NN
Farmers/NNS protested/VBD outside/IN the/DT European/NNP Parliament/NNP on/IN Thursday/NNP ,/, blocking/VBG roads/NNS with/IN tractors/NNS and/CC setting/VBG fire/NN to/TO bales/NNS of/IN hay/NN ./.
The/DT protest/NN was/VBD largely/RB peaceful/JJ until/IN a/DT small/JJ group/NN threw/VBD stones/NNS at/IN riot/NN police/NNS ./.
Iran/NNP and/CC the/DT United/NNP States/NNPS will/MD hold/VB indirect/JJ talks/NNS in/IN Oman/NNP next/JJ week/NN ,/, diplomats/NNS said/VBD ./.
The/DT prime/JJ minister/NN talks/VBZ to/TO Macron/NNP by/IN phone/NN about/IN the/DT migrant/NN crisis/NN
Officials/NNS from/IN both/DT countries/NNS talked/VBD for/IN nearly/RB five/CD hours/NNS but/CC failed/VBD to/TO agree/VB on/IN a/DT timetable/NN ./.
Washington/NNP pressures/VBZ Cairo/NNP to/TO open/VB the/DT Rafah/NNP crossing/NN
The/DT pressure/NN on/IN the/DT central/JJ bank/NN to/TO cut/VB rates/NNS has/VBZ grown/VBN as/IN inflation/NN eases/VBZ ./.
Lawmakers/NNS said/VBD they/PRP had/VBD been/VBN pressured/VBN to/TO vote/VB for/IN the/DT budget/NN ./.
Soldiers/NNS opened/VBD fire/NN on/IN demonstrators/NNS in/IN the/DT capital/NN ,/, killing/VBG at/IN least/JJS five/CD ,/, witnesses/NNS said/VBD ./.
Police/NNS fired/VBD rubber/NN bullets/NNS and/CC water/NN cannon/NN to/TO disperse/VB the/DT crowd/NN ./.
The/DT president/NN fires/VBZ his/PRP$ defence/NN minister/NN after/IN a/DT string/NN of/IN battlefield/NN losses/NNS
A/DT fire/NN broke/VBD out/RP at/IN an/DT ammunition/NN depot/NN in/IN Crimea/NNP after/IN a/DT drone/NN attack/NN ,/, Russian-installed/JJ officials/NNS said/VBD ./.
Artillery/NN shells/NNS landed/VBD near/IN a/DT school/NN in/IN Donetsk/NNP on/IN Monday/NNP morning/NN ./.
Russian/JJ forces/NNS shelled/VBD the/DT town/NN of/IN Kupiansk/NNP 42/CD times/NNS in/IN 24/CD hours/NNS ,/, the/DT regional/JJ administration/NN reported/VBD ./.
The/DT army/NN shells/VBZ rebel/NN positions/NNS in/IN the/DT hills/NNS above/IN the/DT city/NN
Ukraine/NNP is/VBZ running/VBG short/JJ of/IN artillery/NN shells/NNS ,/, and/CC its/PRP$ gunners/NNS have/VBP been/VBN told/VBN to/TO ration/VB them/PRP ./.
Warplanes/NNS bomb/VBP rebel-held/JJ town/NN for/IN third/JJ straight/JJ day/NN
A/DT bomb/NN hidden/VBN in/IN a/DT motorcycle/NN exploded/VBD near/IN a/DT checkpoint/NN in/IN Mogadishu/NNP ,/, killing/VBG three/CD soldiers/NNS ./.
Coalition/NN aircraft/NN bombed/VBD a/DT bridge/NN used/VBN by/IN militants/NNS to/TO move/VB weapons/NNS ./.
The/DT bombing/NN of/IN the/DT bridge/NN cut/VBD the/DT main/JJ supply/NN route/NN into/IN the/DT city/NN ./.
Pilots/NNS kept/VBD bombing/VBG the/DT area/NN even/RB after/IN the/DT ceasefire/NN took/VBD effect/NN ,/, the/DT monitors/NNS said/VBD ./.
Western/JJ allies/NNS agree/VBP to/TO arm/VB Kyiv/NNP with/IN longer-range/JJ missiles/NNS
The/DT government/NN has/VBZ armed/VBN village/NN militias/NNS to/TO fight/VB the/DT insurgents/NNS ,/, a/DT move/NN critics/NNS say/VBP will/MD fuel/VB more/JJR violence/NN ./.
The/DT military/JJ wing/NN of/IN the/DT party/NN refused/VBD to/TO lay/VB down/RP its/PRP$ arms/NNS ./.
Gunmen/NNS armed/VBN with/IN rifles/NNS and/CC machetes/NNS raided/VBD the/DT village/NN before/IN dawn/NN ./.
He/PRP was/VBD shot/VBN in/IN the/DT arm/NN and/CC taken/VBN to/TO hospital/NN ./.
Security/NN forces/NNS forced/VBD hundreds/NNS of/IN families/NNS from/IN their/PRP$ homes/NNS in/IN the/DT border/NN district/NN ./.
The/DT junta/NN forces/VBZ out/RP French/JJ troops/NNS and/CC turns/VBZ to/TO Moscow/NNP
The/DT use/NN of/IN force/NN against/IN peaceful/JJ protesters/NNS can/MD never/RB be/VB justified/VBN ,/, the/DT statement/NN said/VBD ./.
Islamic/NNP State/NNP claims/VBZ responsibility/NN for/IN mosque/NN bombing/NN
The/DT group/NN 's/POS claim/NN could/MD not/RB be/VB independently/RB verified/VBN ./.
Russia/NNP claimed/VBD to/TO have/VB captured/VBN two/CD more/JJR villages/NNS ,/, but/CC Ukraine/NNP denied/VBD the/DT claims/NNS ./.
The/DT opposition/NN calls/VBZ a/DT general/JJ strike/NN for/IN Monday/NNP
Calls/NNS for/IN an/DT independent/JJ inquiry/NN grew/VBD louder/JJR after/IN the/DT video/NN was/VBD posted/VBN online/RB ./.
The/DT minister/NN called/VBD the/DT report/NN "/" a/DT pack/NN of/IN lies/NNS "/" and/CC said/VBD he/PRP would/MD sue/VB ./.
Tehran/NNP plans/VBZ to/TO expand/VB uranium/NN enrichment/NN ,/, IAEA/NNP report/NN shows/VBZ
Under/IN the/DT plan/NN ,/, displaced/VBN families/NNS would/MD be/VB allowed/VBN to/TO return/VB to/TO the/DT north/NN of/IN the/DT strip/NN ./.
Investigators/NNS believe/VBP the/DT attackers/NNS planned/VBD the/DT raid/NN for/IN months/NNS ./.
Donors/NNS pledge/VBP $/$ 1.5/CD billion/CD in/IN aid/NN for/IN Sudan/NNP
Aid/NN trucks/NNS have/VBP not/RB been/VBN able/JJ to/TO reach/VB the/DT camp/NN since/IN the/DT road/NN was/VBD cut/VBN ./.
Cuba/NNP accused/VBD Washington/NNP of/IN aiding/VBG the/DT protesters/NNS ,/, a/DT charge/NN the/DT State/NNP Department/NNP rejected/VBD ./.
Prosecutors/NNS charge/VBP former/JJ minister/NN with/IN bribery/NN
He/PRP was/VBD charged/VBN with/IN treason/NN and/CC faces/VBZ up/IN to/TO 20/CD years/NNS in/IN prison/NN ./.
All/DT charges/NNS against/IN the/DT journalist/NN were/VBD dropped/VBN on/IN Friday/NNP ./.
Hezbollah/NNP threatens/VBZ to/TO widen/VB the/DT conflict/NN if/IN Israel/NNP invades/VBZ
The/DT threat/NN of/IN a/DT wider/JJR war/NN has/VBZ pushed/VBN oil/NN prices/NNS to/TO their/PRP$ highest/JJS level/NN this/DT year/NN ./.
North/NNP Korea/NNP threatened/VBD on/IN Wednesday/NNP to/TO shoot/VB down/RP any/DT American/JJ spy/NN plane/NN that/WDT entered/VBD its/PRP$ airspace/NN ./.
The/DT general/NN ordered/VBD his/PRP$ troops/NNS to/TO withdraw/VB from/IN the/DT airport/NN ./.
Court/NN orders/VBZ release/NN of/IN detained/VBN opposition/NN leader/NN
The/DT order/NN to/TO evacuate/VB came/VBD too/RB late/RB for/IN many/JJ residents/NNS ,/, who/WP were/VBD trapped/VBN by/IN the/DT floodwaters/NNS ./.
EU/NNP sanctions/VBZ Russian/JJ shipping/NN firms/NNS over/IN oil/NN price/NN cap/NN
The/DT sanctions/NNS ,/, which/WDT took/VBD effect/NN at/IN midnight/NN ,/, target/VBP banks/NNS ,/, shipping/NN firms/NNS and/CC three/CD steel/NN producers/NNS ./.
Britain/NNP sanctioned/VBD six/CD Iranian/JJ officials/NNS it/PRP accuses/VBZ of/IN organising/VBG the/DT crackdown/NN ./.
Washington/NNP warns/VBZ Beijing/NNP against/IN arming/VBG Russia/NNP
The/DT weather/NN service/NN issued/VBD a/DT warning/NN for/IN heavy/JJ rain/NN ,/, and/CC officials/NNS warned/VBD people/NNS living/VBG near/IN the/DT river/NN to/TO leave/VB ./.
Germany/NNP backs/VBZ plan/NN to/TO use/VB frozen/VBN Russian/JJ assets/NNS for/IN Ukraine/NNP
The/DT rebels/NNS ,/, backed/VBN by/IN Rwanda/NNP ,/, now/RB control/VBP most/JJS of/IN the/DT province/NN ./.
The/DT soldiers/NNS were/VBD forced/VBN back/RB across/IN the/DT river/NN ,/, and/CC the/DT village/NN fell/VBD the/DT next/JJ day/NN ./.
The/DT bill/NN has/VBZ the/DT backing/NN of/IN both/DT major/JJ parties/NNS ./.
Chinese/JJ leader/NN visits/VBZ Serbia/NNP and/CC Hungary/NNP on/IN European/JJ tour/NN
It/PRP was/VBD the/DT pope/NN 's/POS first/JJ visit/NN to/TO the/DT region/NN in/IN more/JJR than/IN a/DT decade/NN ./.
The/DT envoy/NN visited/VBD the/DT refugee/NN camp/NN and/CC met/VBD families/NNS who/WP had/VBD fled/VBN the/DT fighting/NN ./.
Public/JJ support/NN for/IN the/DT war/NN has/VBZ fallen/VBN sharply/RB ,/, a/DT new/JJ poll/NN shows/VBZ ./.
Most/JJS Republicans/NNPS support/VBP the/DT aid/NN package/NN ,/, but/CC a/DT vocal/JJ minority/NN opposes/VBZ it/PRP ./.
The/DT militia/NN is/VBZ supported/VBN by/IN Iran/NNP and/CC supplied/VBN through/IN Iraq/NNP ,/, U.S./NNP officials/NNS say/VBP ./.
Mbappe/NNP leads/VBZ France/NNP past/IN Belgium/NNP
The/DT opposition/NN candidate/NN holds/VBZ a/DT narrow/JJ lead/NN with/IN 80/CD percent/NN of/IN ballots/NNS counted/VBN ./.
The/DT raid/NN was/VBD led/VBN by/IN special/JJ forces/NNS acting/VBG on/IN a/DT tip/NN from/IN a/DT local/JJ informant/NN ./.
Police/NNS are/VBP following/VBG several/JJ leads/NNS but/CC have/VBP made/VBN no/DT arrests/NNS ./.
Military/NN rules/VBZ out/RP talks/NNS with/IN armed/JJ groups/NNS
The/DT generals/NNS ruled/VBD the/DT country/NN for/IN 16/CD years/NNS after/IN the/DT 1974/CD coup/NN ./.
Under/IN the/DT new/JJ rules/NNS ,/, foreign/JJ journalists/NNS must/MD obtain/VB a/DT permit/NN before/IN travelling/VBG to/TO the/DT region/NN ./.
A/DT court/NN ruled/VBD on/IN Tuesday/NNP that/IN the/DT ban/NN was/VBD unconstitutional/JJ ./.
Protesters/NNS demand/VBP resignation/NN of/IN interior/NN minister/NN
Their/PRP$ main/JJ demand/NN is/VBZ the/DT release/NN of/IN political/JJ prisoners/NNS ./.
Kidnappers/NNS demanded/VBD a/DT ransom/NN of/IN $/$ 500,000/CD for/IN the/DT release/NN of/IN the/DT engineers/NNS ./.
Hamas/NNP offers/VBZ to/TO free/VB hostages/NNS in/IN exchange/NN for/IN longer/JJR truce/NN
Kyiv/NNP rejected/VBD the/DT offer/NN ,/, saying/VBG it/PRP would/MD freeze/VB the/DT front/NN line/NN in/IN Russia/NNP 's/POS favour/NN ./.
The/DT family/NN appealed/VBD for/IN information/NN about/IN the/DT missing/JJ aid/NN worker/NN ./.
The/DT UN/NNP launched/VBD an/DT appeal/NN for/IN $/$ 2.7/CD billion/CD to/TO help/VB people/NNS affected/VBN by/IN the/DT drought/NN ./.
Police/NNS raid/VBP offices/NNS of/IN independent/JJ newspaper/NN
Dozens/NNS of/IN people/NNS were/VBD detained/VBN in/IN dawn/NN raids/NNS across/IN the/DT province/NN ./.
Veterans/NNS march/VBP on/IN parliament/NN to/TO demand/VB unpaid/JJ pensions/NNS
The/DT march/NN ,/, which/WDT organisers/NNS said/VBD drew/VBD 200,000/CD people/NNS ,/, ended/VBD peacefully/RB in/IN front/NN of/IN the/DT cathedral/NN ./.
Supporters/NNS of/IN the/DT jailed/VBN leader/NN rallied/VBD in/IN at/IN least/JJS 50/CD towns/NNS on/IN Sunday/NNP ./.
The/DT rally/NN in/IN the/DT main/JJ square/NN was/VBD the/DT largest/JJS since/IN the/DT election/NN ./.
Opposition/NN rallies/NNS have/VBP been/VBN banned/VBN in/IN the/DT capital/NN since/IN March/NNP ./.
The/DT president/NN rallies/VBZ supporters/NNS in/IN his/PRP$ home/NN state/NN ahead/RB of/IN runoff/NN
Israel/NNP releases/VBZ 90/CD Palestinian/JJ prisoners/NNS under/IN truce/NN deal/NN
The/DT release/NN of/IN the/DT three/CD aid/NN workers/NNS was/VBD negotiated/VBN by/IN Qatar/NNP ,/, a/DT Western/JJ diplomat/NN said/VBD ./.
The/DT ministry/NN released/VBD a/DT video/NN that/WDT it/PRP said/VBD showed/VBD the/DT destruction/NN of/IN a/DT radar/NN station/NN ./.
Journalists/NNS who/WP report/VBP on/IN corruption/NN face/VBP threats/NNS and/CC lawsuits/NNS ,/, the/DT watchdog/NN said/VBD ./.
A/DT UN/NNP report/NN published/VBN on/IN Monday/NNP found/VBD that/IN both/DT sides/NNS had/VBD committed/VBN war/NN crimes/NNS ./.
State/NN media/NNS reported/VBD that/IN the/DT talks/NNS had/VBD been/VBN "/" constructive/JJ "/" ./.
There/EX were/VBD no/DT reports/NNS of/IN casualties/NNS ,/, the/DT fire/NN service/NN said/VBD ./.
Kurdish/JJ fighters/NNS fight/VBP off/RP Islamic/NNP State/NNP assault/NN on/IN prison/NN
The/DT fight/NN for/IN control/NN of/IN the/DT airport/NN has/VBZ lasted/VBN nearly/RB a/DT week/NN ./.
The/DT two/CD factions/NNS fought/VBD for/IN control/NN of/IN the/DT oil/NN fields/NNS throughout/IN the/DT summer/NN ./.
Heavy/JJ fighting/NN was/VBD reported/VBN around/IN the/DT town/NN of/IN Pokrovsk/NNP ,/, where/WRB Russian/JJ units/NNS have/VBP been/VBN advancing/VBG for/IN weeks/NNS ./.
Soldiers/NNS fighting/VBG in/IN the/DT east/NN say/VBP they/PRP need/VBP more/JJR ammunition/NN and/CC rest/NN ./.
Protesters/NNS clash/VBP with/IN police/NNS in/IN Nairobi/NNP over/IN tax/NN bill/NN
Clashes/NNS between/IN rival/JJ militias/NNS killed/VBD at/IN least/JJS 17/CD people/NNS in/IN Tripoli/NNP overnight/RB ./.
Armenian/JJ and/CC Azerbaijani/JJ troops/NNS clashed/VBD along/IN the/DT border/NN for/IN a/DT second/JJ day/NN ,/, each/DT side/NN blaming/VBG the/DT other/JJ ./.
Each/DT clash/NN makes/VBZ a/DT lasting/JJ settlement/NN harder/JJR to/TO reach/VB ,/, analysts/NNS say/VBP ./.
Leaders/NNS strike/VBP deal/NN on/IN grain/NN exports/NNS through/IN the/DT Black/NNP Sea/NNP
The/DT deal/NN ,/, brokered/VBN by/IN Turkey/NNP and/CC the/DT United/NNP Nations/NNPS ,/, allowed/VBD ships/NNS to/TO leave/VB three/CD Ukrainian/JJ ports/NNS ./.
The/DT new/JJ agency/NN will/MD deal/VB with/IN complaints/NNS against/IN the/DT police/NNS ./.
Lawmakers/NNS vote/VBP to/TO extend/VB martial/JJ law/NN for/IN another/DT 90/CD days/NNS
The/DT vote/NN was/VBD 62/CD to/TO 38/CD ,/, with/IN four/CD abstentions/NNS ./.
Citizens/NNS voted/VBD in/IN large/JJ numbers/NNS despite/IN threats/NNS from/IN armed/JJ groups/NNS ./.
More/JJR than/IN half/NN of/IN the/DT votes/NNS have/VBP been/VBN counted/VBN ,/, the/DT election/NN commission/NN said/VBD on/IN its/PRP$ website/NN ./.
Rebels/NNS control/VBP the/DT main/JJ road/NN into/IN the/DT city/NN ,/, and/CC the/DT army/NN has/VBZ failed/VBN to/TO dislodge/VB them/PRP ./.
Government/NN forces/NNS regained/VBD control/NN of/IN the/DT airport/NN after/IN three/CD days/NNS of/IN fighting/NN ./.
The/DT area/NN is/VBZ controlled/VBN by/IN a/DT Turkish-backed/JJ faction/NN ./.
Export/NN controls/NNS on/IN advanced/JJ chips/NNS were/VBD tightened/VBN in/IN October/NNP ./.
Ghana/NNP bans/VBZ imports/NNS of/IN used/VBN cars/NNS older/JJR than/IN ten/CD years/NNS
The/DT ban/NN on/IN public/JJ gatherings/NNS will/MD remain/VB in/IN place/NN until/IN the/DT end/NN of/IN the/DT month/NN ./.
The/DT party/NN was/VBD banned/VBN in/IN 2019/CD and/CC its/PRP$ leaders/NNS were/VBD sent/VBN into/IN exile/NN ./.
Truckers/NNS block/VBP border/NN crossings/NNS in/IN protest/NN at/IN new/JJ fuel/NN tax/NN
Demonstrators/NNS blocked/VBD the/DT main/JJ highway/NN for/IN several/JJ hours/NNS before/IN police/NNS cleared/VBD it/PRP ./.
The/DT ruling/VBG bloc/NN controls/VBZ 240/CD of/IN the/DT 450/CD seats/NNS ./.
Drones/NNS target/VBP power/NN grid/NN as/IN winter/NN approaches/VBZ
The/DT main/JJ target/NN of/IN the/DT strike/NN was/VBD a/DT command/NN post/NN ,/, the/DT army/NN said/VBD ./.
The/DT hackers/NNS targeted/VBD hospitals/NNS and/CC water/NN utilities/NNS in/IN at/IN least/JJS six/CD states/NNS ./.
Officials/NNS said/VBD the/DT journalists/NNS had/VBD been/VBN deliberately/RB targeted/VBN ./.
The/DT government/NN has/VBZ missed/VBN its/PRP$ deficit/NN target/NN for/IN the/DT third/JJ year/NN in/IN a/DT row/NN ./.
Beijing/NNP courts/VBZ Gulf/NNP states/NNS with/IN trade/NN and/CC security/NN offers/NNS
The/DT court/NN sentenced/VBD him/PRP to/TO eight/CD years/NNS in/IN prison/NN for/IN spreading/VBG "/" false/JJ information/NN "/" about/IN the/DT army/NN ./.
Egypt/NNP hosts/VBZ talks/NNS between/IN Israeli/JJ and/CC Hamas/NNP negotiators/NNS
The/DT country/NN is/VBZ host/NN to/TO more/JJR than/IN a/DT million/CD refugees/NNS ./.
Qatar/NNP ,/, which/WDT hosted/VBD the/DT last/JJ round/NN of/IN negotiations/NNS ,/, has/VBZ said/VBN it/PRP is/VBZ ready/JJ to/TO do/VB so/RB again/RB ./.
Top/JJ diplomat/NN heads/VBZ to/TO Beijing/NNP for/IN talks/NNS on/IN trade/NN
The/DT heads/NNS of/IN the/DT army/NN ,/, navy/NN and/CC air/NN force/NN were/VBD all/DT replaced/VBN ./.
She/PRP will/MD head/VB a/DT commission/NN looking/VBG into/IN the/DT collapse/NN of/IN the/DT bridge/NN ./.
The/DT former/JJ mayor/NN faces/VBZ trial/NN on/IN corruption/NN charges/NNS next/JJ month/NN ./.
Refugees/NNS face/VBP a/DT harsh/JJ winter/NN in/IN tents/NNS ,/, aid/NN agencies/NNS warn/VBP ./.
The/DT new/JJ face/NN of/IN the/DT party/NN is/VBZ a/DT 34-year-old/JJ former/JJ teacher/NN ./.
Thousands/NNS mark/VBP tenth/JJ anniversary/NN of/IN the/DT uprising/NN
The/DT shooting/NN marks/VBZ the/DT deadliest/JJS attack/NN on/IN the/DT city/NN in/IN a/DT decade/NN ./.
Inflation/NN topped/VBD the/DT 10/CD percent/NN mark/NN for/IN the/DT first/JJ time/NN since/IN 1982/CD ./.
The/DT move/NN is/VBZ likely/JJ to/TO anger/VB Beijing/NNP ,/, which/WDT claims/VBZ the/DT island/NN as/IN its/PRP$ own/JJ ./.
Moscow/NNP moves/VBZ nuclear/JJ weapons/NNS closer/RBR to/TO NATO/NNP border/NN
Troops/NNS moved/VBD into/IN the/DT town/NN overnight/RB and/CC set/VBD up/RP checkpoints/NNS on/IN every/DT road/NN ./.
The/DT country/NN needs/VBZ $/$ 400/CD billion/CD to/TO rebuild/VB ,/, the/DT World/NNP Bank/NNP estimates/VBZ ./.
The/DT needs/NNS of/IN displaced/VBN people/NNS are/VBP growing/VBG faster/RBR than/IN aid/NN budgets/NNS ./.
We/PRP need/VBP a/DT ceasefire/NN now/RB ,/, not/RB next/JJ week/NN ./.
New/JJ leader/NN promises/VBZ early/JJ elections/NNS and/CC end/NN to/TO curfew/NN
The/DT government/NN has/VBZ not/RB kept/VBN its/PRP$ promise/NN to/TO rebuild/VB the/DT schools/NNS destroyed/VBN in/IN the/DT war/NN ./.
He/PRP promised/VBD voters/NNS he/PRP would/MD cut/VB taxes/NNS and/CC end/VB the/DT war/NN within/IN a/DT year/NN ./.
Central/JJ bank/NN cuts/VBZ rates/NNS for/IN first/JJ time/NN in/IN four/CD years/NNS
The/DT cut/NN ,/, a/DT quarter/NN of/IN a/DT percentage/NN point/NN ,/, was/VBD widely/RB expected/VBN ./.
Spending/NN cuts/NNS announced/VBN last/JJ month/NN sparked/VBD protests/NNS by/IN nurses/NNS and/CC teachers/NNS ./.
Russian/JJ missiles/NNS cut/VBD power/NN to/TO much/JJ of/IN Odesa/NNP on/IN Saturday/NNP ./.
The/DT killing/NN of/IN a/DT teenager/NN by/IN police/NNS sparks/VBZ riots/NNS in/IN several/JJ cities/NNS
The/DT arrest/NN was/VBD the/DT spark/NN that/WDT set/VBD off/RP three/CD weeks/NNS of/IN unrest/NN ./.
Talks/NNS end/VBP without/IN agreement/NN as/IN both/DT sides/NNS dig/VBP in/RP
The/DT end/NN of/IN the/DT truce/NN was/VBD followed/VBN by/IN a/DT wave/NN of/IN air/NN strikes/NNS ./.
He/PRP ended/VBD his/PRP$ hunger/NN strike/NN after/IN 41/CD days/NNS ./.
Ukraine/NNP pushes/VBZ for/IN faster/JJR delivery/NN of/IN air/NN defence/NN systems/NNS
The/DT push/NN toward/IN the/DT city/NN stalled/VBD after/IN heavy/JJ losses/NNS ./.
Investors/NNS pushed/VBD the/DT dollar/NN higher/RBR after/IN the/DT jobs/NNS data/NNS ./.
Typhoon/NNP hits/VBZ southern/JJ Philippines/NNPS ,/, thousands/NNS flee/VBP
The/DT storm/NN hit/VBD the/DT coast/NN on/IN Thursday/NNP night/NN with/IN winds/NNS of/IN up/IN to/TO 200/CD kilometres/NNS an/DT hour/NN ./.
The/DT tanker/NN was/VBD hit/VBN by/IN a/DT missile/NN but/CC did/VBD not/RB sink/VB ./.
U.S./NNP lifts/VBZ sanctions/NNS on/IN Venezuelan/JJ oil/NN for/IN six/CD months/NNS
Lifting/VBG the/DT blockade/NN would/MD allow/VB fuel/NN and/CC medicine/NN to/TO reach/VB the/DT city/NN ./.
The/DT curfew/NN was/VBD lifted/VBN on/IN Monday/NNP after/IN a/DT week/NN of/IN calm/NN ./.
Rebels/NNS seize/VBP key/JJ town/NN on/IN road/NN to/TO the/DT capital/NN
Customs/NNS officers/NNS seized/VBD 4.5/CD tonnes/NNS of/IN cocaine/NN hidden/VBN in/IN a/DT shipment/NN of/IN bananas/NNS ./.
The/DT killings/NNS have/VBP drawn/VBN condemnation/NN from/IN the/DT African/NNP Union/NNP and/CC the/DT European/NNP Union/NNP ./.
Gunmen/NNS went/VBD from/IN house/NN to/TO house/NN ,/, killing/VBG anyone/NN they/PRP found/VBD ./.
Residents/NNS said/VBD the/DT shelling/NN had/VBD not/RB stopped/VBN for/IN three/CD days/NNS ./.
Russia/NNP has/VBZ been/VBN shelling/VBG the/DT Kherson/NNP region/NN from/IN the/DT east/JJ bank/NN of/IN the/DT Dnipro/NNP since/IN November/NNP ./.
The/DT bombing/NN ,/, which/WDT killed/VBD 63/CD worshippers/NNS ,/, was/VBD claimed/VBN by/IN a/DT local/JJ affiliate/NN of/IN the/DT Islamic/NNP State/NNP ./.
The/DT rebels/NNS backed/VBD down/RP after/IN the/DT army/NN threatened/VBD to/TO storm/VB the/DT compound/NN ./.
A/DT spokesman/NN said/VBD the/DT ministry/NN would/MD back/VB any/DT plan/NN that/WDT brings/VBZ the/DT hostages/NNS home/RB ./.
Police/NNS charged/VBD at/IN the/DT crowd/NN with/IN batons/NNS ,/, and/CC several/JJ protesters/NNS were/VBD hurt/VBN ./.
Japan/NNP protests/VBZ to/TO China/NNP over/IN buoy/NN in/IN disputed/VBN waters/NNS
The/DT minister/NN visits/VBZ troops/NNS on/IN the/DT front/NN line/NN and/CC promises/VBZ more/JJR equipment/NN
A/DT car/NN bomb/NN attack/NN on/IN a/DT convoy/NN carrying/VBG the/DT deputy/NN governor/NN killed/VBD two/CD of/IN his/PRP$ guards/NNS ./.
Opposition/NN leaders/NNS called/VBD off/RP the/DT march/NN after/IN police/NNS warned/VBD they/PRP would/MD use/VB force/NN to/TO stop/VB it/PRP ./.
Workers/NNS at/IN three/CD car/NN plants/NNS voted/VBD to/TO strike/VB ,/, and/CC the/DT union/NN said/VBD the/DT strikes/NNS would/MD begin/VB on/IN Monday/NNP ./.
The/DT army/NN claims/VBZ it/PRP has/VBZ killed/VBN 200/CD fighters/NNS ,/, a/DT figure/NN that/WDT could/MD not/RB be/VB confirmed/VBN ./.
The/DT ministry/NN 's/POS order/NN banning/VBG the/DT group/NN was/VBD overturned/VBN by/IN a/DT higher/JJR court/NN ./.
Israel/NNP strikes/VBZ Iranian/JJ air/NN defences/NNS ,/, state/NN media/NNS report/VBP blasts/NNS
